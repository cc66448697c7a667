// Function words that tell English from French in a few words; each is rare in the other language (no "on", "an", "or").

export const STOP_WORDS = {
  en: [
    'the', 'and', 'of', 'to', 'was', 'were', 'with', 'that', 'this', 'for', 'from', 'by', 'have', 'has', 'had',
    'are', 'is', 'it', 'its', 'his', 'her', 'they', 'their', 'which', 'who', 'after', 'said', 'says', 'been',
    'would', 'will', 'be', 'at', 'but', 'not', 'he', 'she', 'we', 'you', 'into', 'than', 'there',
  ],
  fr: [
    'le', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'pas', 'qui', 'au', 'aux', 'sur', 'avec', 'ce',
    'cette', 'ces', 'été', 'il', 'elle', 'ils', 'elles', 'sont', 'ont', 'à', 'où', 'mais', 'par', 'plus', 'nous',
    'vous', 'leur', 'leurs', 'selon', 'après', 'être', 'avait', 'était', 'sa', 'son', 'ses', "c'", "l'", "d'",
    "qu'", "n'", "s'", 'lors', 'depuis', 'entre',
  ],
} as const;
