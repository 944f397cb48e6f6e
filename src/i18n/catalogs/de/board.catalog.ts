import type { CatalogOf } from "../../catalog-types.js";
import type en from "../en-US/board.catalog.js";

export default {
  command: {
    leaderboard: {
      description: "Die Wochenrangliste dieses Clubs",
      week: "Welche Woche (ohne Angabe: diese Woche)",
      thisWeek: "diese Woche",
      lastWeek: "letzte Woche",
    },
    club: {
      description: "Lege fest, wo und wann die Wochenrangliste des Clubs gepostet wird (Server verwalten)",
      channel: "Der Kanal für die Wochenrangliste",
      timezone: "Die Zeitzone des Clubs, z. B. Europe/Berlin",
      postDay: "Wochentag des Postings",
      postTime: "Uhrzeit des Postings (HH:MM, Club-Zeit)",
    },
    day: {
      mon: "Montag",
      tue: "Dienstag",
      wed: "Mittwoch",
      thu: "Donnerstag",
      fri: "Freitag",
      sat: "Samstag",
      sun: "Sonntag",
    },
  },
  errors: {
    clubOutsideServer: "/club richtet den Club eines Servers ein: Führ den Befehl auf diesem Server aus.",
    manageServer:
      "Nur wer die Berechtigung „Server verwalten“ hat, kann die Club-Rangliste einrichten. Frag einen Admin des Servers nach /club.",
    channelType: "Wähl für die Rangliste einen Text- oder Ankündigungskanal, zum Beispiel #general.",
    postDay: "Wähl den Tag aus der Liste: Montag bis Sonntag.",
    week: "Wähl diese oder letzte Woche – oder lass week weg, dann siehst du diese Woche.",
    leaderboardOutsideServer:
      "Ranglisten gehören zu einem Club: Führ /leaderboard auf dem Server deines Clubs aus.",
  },
  points_one: "{{count}} Pkt.",
  points_other: "{{count}} Pkt.",
  pointsLong_one: "{{count}} Punkt",
  pointsLong_other: "{{count}} Punkte",
  days_one: "{{count}} Tag",
  days_other: "{{count}} Tage",
  embed: {
    thisWeek: "{{club}}: diese Woche · {{week}}",
    lastWeek: "{{club}}: letzte Woche · {{week}}",
    weekly: "{{club}}: Wochenrangliste · {{week}}",
    row: "**{{rank}}.** {{name}} — **{{points}}** · {{days}}",
    emptyThisWeek:
      "Diese Woche hat noch niemand einen Satz eingetragen. Mach einen Satz aus /drills und trag ihn mit /log ein, dann geht die Rangliste los.",
    emptyPastWeek: "In dieser Woche hat niemand einen Satz eingetragen.",
    footer_one:
      "{{count}} Person auf der Rangliste · Punkte: 1 pro Satz (bis zu 6 am Tag) + 3 pro Trainingstag · Wochen nach {{zone}}",
    footer_other:
      "{{count}} Personen auf der Rangliste · Punkte: 1 pro Satz (bis zu 6 am Tag) + 3 pro Trainingstag · Wochen nach {{zone}}",
  },
  highlights: {
    title: "Highlights",
    mostConsistent: "Am beständigsten: **{{name}}** ({{days}})",
    mostImproved: "Größter Sprung: **{{name}}** (+{{points}} gegenüber der Vorwoche)",
    steppedUp: "Aufgestiegen: **{{name}}** hat {{level}} der {{drill}} erreicht",
    more_one: "…und {{count}} weiterer Aufstieg",
    more_other: "…und {{count}} weitere Aufstiege",
  },
  standing: {
    ranked:
      "Du bist auf Platz {{rank}} von {{of}}: {{points}}, {{days}} aktiv. Jeder Tag mit einem Satz bringt 3 Punkte.",
    hidden: "Du bist in der Rangliste dieses Clubs ausgeblendet. Mit /privacy hide bist du wieder dabei.",
    absent:
      "Du stehst noch nicht auf dieser Rangliste: Mach einen Satz aus /drills und trag ihn mit /log ein, dann bist du dabei.",
  },
  card: {
    subtitle: "Wochenrangliste · {{week}}",
    activeDays: "Aktive Tage",
    points: "Punkte",
    emptyTitle: "Diese Woche noch keine Sätze eingetragen",
    emptyHint: "Trag mit /log einen Satz ein, dann geht die Rangliste los",
    unit_one: "Pkt.",
    unit_other: "Pkt.",
  },
  club: {
    schedule: "Die Wochenrangliste kommt {{day}} um {{time}} Uhr ({{zone}}) in <#{{channel}}>.",
    every: {
      mon: "jeden Montag",
      tue: "jeden Dienstag",
      wed: "jeden Mittwoch",
      thu: "jeden Donnerstag",
      fri: "jeden Freitag",
      sat: "jeden Samstag",
      sun: "jeden Sonntag",
    },
    next: "Nächste Rangliste: {{at}} ({{relative}}).",
    pending: "Die Rangliste für {{week}} war {{relative}} fällig und kommt innerhalb einer Minute.",
    unchecked:
      "Ich konnte meine Berechtigungen in diesem Kanal nicht prüfen. Sorg dafür, dass ich dort diese habe: {{permissions}}.",
    cantPostTitle: "Dort kann ich noch nicht posten",
    missing_one:
      "Gespeichert, aber mir fehlt in <#{{channel}}> eine Berechtigung: {{permissions}}. Gib sie mir dort (Kanal bearbeiten → Berechtigungen) oder führ /club mit einem anderen Kanal aus.",
    missing_other:
      "Gespeichert, aber mir fehlen in <#{{channel}}> Berechtigungen: {{permissions}}. Gib sie mir dort (Kanal bearbeiten → Berechtigungen) oder führ /club mit einem anderen Kanal aus.",
    lastPostFailedTitle: "Das letzte Wochenposting ist fehlgeschlagen",
  },
  postFailure: {
    missingChannel:
      "Die Rangliste für {{week}} wurde nicht gepostet: Ich finde <#{{channel}}> nicht mehr oder komme nicht hinein. Wähl mit /club den Kanal neu.",
    missingPermission:
      "Die Rangliste für {{week}} wurde nicht gepostet: In <#{{channel}}> fehlen mir Berechtigungen ({{missing}}). Gib mir dort diese Berechtigungen: {{all}}. Oder führ /club mit einem anderen Kanal aus.",
    missingSomePermission:
      "Die Rangliste für {{week}} wurde nicht gepostet: In <#{{channel}}> fehlt mir eine Berechtigung. Gib mir dort diese Berechtigungen: {{all}}. Oder führ /club mit einem anderen Kanal aus.",
  },
  permission: {
    ViewChannel: "Kanal ansehen",
    SendMessages: "Nachrichten senden",
    EmbedLinks: "Links einbetten",
    AttachFiles: "Dateien anhängen",
  },
} as const satisfies CatalogOf<typeof en>;
