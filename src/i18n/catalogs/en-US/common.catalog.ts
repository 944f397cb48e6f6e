export default {
  apology:
    "Sorry, something went wrong on our side. Your earlier logs are safe; please try again in a minute.",
  unknownCommand: "I don't know that command any more. Type / to see the current ones.",
  buttonInactive: "This button is no longer active. Run the command again for a fresh one.",
  buttonNotYours: "This button belongs to someone else, so it does nothing for you.",
  notMedicalAdvice: "Dorsi is not medical advice.",
  /** Where it hurt, as it reads inside a sentence (the morning check, /progress). */
  place: {
    knee: "knee",
    ankle: "ankle",
    calf: "calf",
    shin: "shin",
    foot: "foot",
    hip: "hip",
    other: "somewhere else",
  },
} as const;
