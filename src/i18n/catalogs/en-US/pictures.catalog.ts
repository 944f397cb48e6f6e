export default {
  /** A motion's name beside the picture, after the number its arrow carries in the picture. */
  numbered: "{{number}} · {{name}}",
  /**
   * The picture's description (the attachment's alt text, read by screen readers): what each of its
   * three panels shows and where each numbered arrow goes.
   */
  alt: "{{title}}. A picture in three panels. 1, from the side: {{setup}} 2, from the front: {{tilt}} 3, from above: {{rotation}}",
  setup: {
    "flexed-knee": {
      level1:
        "kneeling on the back knee, the working foot flat on the floor in front, its knee bent, hands on that knee; arrow 1 takes the knee forward over the toes.",
      level2:
        "standing facing a wall, hands on it, the working foot in front with the knee bent, the other foot a stride back; arrow 1 takes the knee toward the wall, over the toes.",
      level3:
        "the whole working foot on a step, its knee bent, the other foot back on the floor; arrow 1 takes the knee forward over the toes.",
      level4:
        "split stance with no support, a weight held at the chest, the front knee bent; arrow 1 takes the knee forward over the toes.",
    },
    "straight-leg": {
      level1:
        "hands and one knee on the floor, the working leg straight back, toes tucked; arrow 1 pushes the heel back and down toward the floor.",
      level2:
        "hands on a wall, the working leg a long stride back, straight, heel down; arrow 1 takes the hips toward the wall.",
      level3:
        "the ball of the working foot on a step, heel on the floor, leg straight, a wall within reach; arrow 1 takes the hips forward over the foot.",
      level4:
        "the working foot on a slope, toes uphill, leg straight, no hands; arrow 1 takes the hips forward over the foot.",
    },
  },
  tilt: {
    "flexed-knee":
      "the bent knee over the foot; arrow 2 takes the knee toward the little toe, then toward the big toe.",
    "straight-leg":
      "the straight leg over the foot; arrow 2 leans it toward the little toe, then toward the big toe.",
  },
  rotation: {
    "flexed-knee":
      "shoulders and hips behind the knee, the foot flat; arrow 3 turns knee and hips left, then right.",
    "straight-leg":
      "the hips ahead of the foot, the straight leg reaching back to it, the foot flat; arrow 3 turns the hips left, then right.",
  },
} as const;
