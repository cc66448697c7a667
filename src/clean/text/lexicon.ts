// Words as data for text boilerplate removal: page-furniture phrases in English and French, folded at load time.

/** What follows a section header: teasers of other stories, reader comments, or tag lists. */
export type SectionMode = 'related' | 'comments' | 'tags';

/**
 * Whole lines that announce the end of the article and the start of page furniture.
 * Matched against the entire folded line (trailing ":" / "…" stripped), never inside a sentence.
 */
export const SECTION_HEADERS: Readonly<Record<SectionMode, readonly string[]>> = {
  related: [
    'related', 'related articles', 'related stories', 'related content', 'related news', 'related posts',
    'read more', 'read also', 'also read', 'more stories', 'more news', 'see also', 'more on this story',
    'more on this topic', 'most read', 'most popular', 'most viewed', 'most shared', 'trending', 'trending now',
    'recommended', 'recommended for you', 'recommended stories', 'you may also like', 'you might also like',
    'you may be interested in', 'you might be interested in', 'latest news', 'latest stories', 'top stories',
    "editor's picks", 'editors picks', 'in other news', 'more from this section', 'up next',
    'à lire aussi', 'lire aussi', 'à lire également', 'à voir aussi', 'voir aussi', 'sur le même sujet',
    'dans la même rubrique', 'les plus lus', 'les plus partagés', 'les plus commentés', 'articles similaires',
    'articles liés', 'à découvrir', 'à découvrir aussi', 'nos autres articles', 'dernières actualités',
    "l'actu en continu", 'les articles les plus lus', 'ailleurs sur le web', 'autres articles', "à la une",
  ],
  comments: [
    // Not "Comment", "Discussion", "Réactions": they also title sections of articles, and comment mode drops all text.
    'comments', 'reader comments', 'leave a reply', 'leave a comment', 'post a comment', 'add a comment',
    'join the conversation', 'join the discussion', 'commentaires', 'réagir', 'laisser un commentaire',
    'ajouter un commentaire', 'vos réactions', 'vos commentaires', 'donnez votre avis',
  ],
  tags: [
    'tags', 'tag', 'hashtags', 'topics', 'related topics', 'keywords', 'filed under', 'categories', 'category',
    'mots-clés', 'mots clés', 'mots-clefs', 'thèmes', 'thématiques', 'sujets', 'sujets associés', 'étiquettes',
  ],
};

/**
 * Related-section headers that, inside an article, label an inline box of one or a few linked headlines
 * ("Lire aussi :" on its own line, the teaser on the next) after which the article resumes.
 */
export const INLINE_TEASER_HEADERS: readonly string[] = [
  'lire aussi', 'à lire aussi', 'a lire aussi', 'à lire également', 'lire également', 'à voir aussi', 'voir aussi',
  'read also', 'also read', 'read more', 'see also',
];

/** Openings of byline lines ("Par Camille Hardy", "By Tom Reed in Marseille"), followed by a capitalised name. */
export const BYLINE_OPENERS: readonly string[] = [
  'by', 'par', 'written by', 'reporting by', 'words by', 'propos recueillis par', 'texte de', 'un article de',
];

/** Whole lines that are interface strings (menus, buttons, social links, widgets). */
export const UI_LINES: readonly string[] = [
  'skip to main content', 'skip to content', 'skip to navigation', 'menu', 'main menu', 'navigation', 'search',
  'home', 'homepage', 'close', 'open', 'next', 'previous', 'back', 'back to top', 'top', 'more', 'show more',
  'load more', 'see more', 'view more', 'expand', 'collapse', 'share', 'share this', 'share this article',
  'share this story', 'print', 'email', 'e-mail', 'copy link', 'copy', 'link copied', 'copied', 'save', 'saved',
  'bookmark', 'listen', 'listen to this article', 'play', 'pause', 'watch', 'video', 'photo', 'photos', 'gallery',
  'advertisement', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted', 'partner content',
  'loading', 'loading...', 'please wait', 'sign in', 'sign up', 'log in', 'login', 'log out', 'register',
  'subscribe', 'subscribe now', 'my account', 'account', 'profile', 'settings', 'accept', 'reject', 'accept all',
  'reject all', 'agree', 'i agree', 'ok', 'got it', 'dismiss', 'continue', 'continue reading', 'read full article',
  'twitter', 'x', 'facebook', 'instagram', 'youtube', 'telegram', 'whatsapp', 'linkedin', 'tiktok', 'pinterest',
  'reddit', 'snapchat', 'threads', 'bluesky', 'mastodon', 'rss', 'flipboard', 'messenger', 'viber', 'vk',
  'apple store', 'app store', 'google play', 'play market', 'play store', 'download the app', 'get the app',
  'dark mode', 'light mode', 'night mode', 'text size', 'font size', 'language', 'edition', 'weather',
  'aller au contenu', 'aller au contenu principal', 'passer au contenu', 'rechercher', 'recherche', 'accueil',
  'fermer', 'ouvrir', 'suivant', 'précédent', 'retour', 'retour en haut', 'haut de page', 'voir plus',
  'afficher plus', 'lire la suite', 'partager', 'partager cet article', 'imprimer', 'copier le lien', 'lien copié',
  'copié', 'enregistrer', 'sauvegarder', 'écouter', "écouter l'article", 'publicité', 'pub', 'contenu sponsorisé',
  'chargement', 'chargement...', 'se connecter', 'connexion', 'déconnexion', "s'inscrire", "s'abonner",
  'je m\'abonne', 'abonnez-vous', 'mon compte', 'mon espace', 'paramètres', 'accepter', 'refuser', 'tout accepter',
  'tout refuser', "j'accepte", 'continuer', 'continuer sans accepter', "télécharger l'application", 'météo',
  'en direct', 'direct', 'vidéo', 'diaporama', 'newsletter', 'newsletters', 'podcast', 'podcasts',
];

/**
 * Phrases that mark a line as page chrome wherever they occur in a short line: consent and ad-blocker
 * notices, comment forms, copyright and reproduction notices, newsletter and social prompts, disclaimers.
 * After the article body has begun, such a line also ends the main story (what follows is page furniture).
 */
export const CHROME_PHRASES: readonly string[] = [
  // ad blockers, scripts, browsers
  'ad blocker', 'ad-blocker', 'adblocker', 'adblock', 'ad block', 'disable your ad', 'whitelist our site',
  'trusted sites', 'enable javascript', 'javascript is disabled', 'update your browser', 'refresh the page',
  'bloqueur de publicité', 'bloqueur de pub', 'bloqueur de publicités', 'désactiver votre bloqueur',
  'activez javascript', 'activer javascript', 'mettre à jour votre navigateur',
  // cookies and consent
  'we use cookies', 'uses cookies', 'use of cookies', 'accept cookies', 'cookie policy', 'cookie settings',
  'cookie preferences', 'manage cookies', 'manage consent', 'consent preferences', 'privacy policy',
  'privacy settings', 'terms of use', 'terms of service', 'terms and conditions',
  'nous utilisons des cookies', 'utilise des cookies', 'utilisation des cookies', 'accepter les cookies',
  'politique de cookies', 'gestion des cookies', 'paramétrer les cookies', 'politique de confidentialité',
  "conditions d'utilisation", 'mentions légales',
  'vos choix en matière de', 'nos partenaires et nous',
  // copyright and reproduction
  'all rights reserved', 'any use of materials', 'use of materials is allowed', 'without prior written permission',
  'may not be reproduced', 'reproduction without', 'tous droits réservés', 'droits réservés', 'reproduction interdite',
  'toute reproduction', 'reproduction totale ou partielle', 'droits de reproduction',
  // comment forms
  'please enter your', 'enter your comment', 'enter your name', 'leave a reply', 'cancel reply', 'post comment',
  'your email address will not be published', 'required fields are marked', 'no comments yet',
  'be the first to comment', 'you must be logged in', 'log in to comment', 'sign in to comment',
  'comments are closed', 'saisissez votre commentaire', 'votre adresse e-mail ne sera pas publiée',
  'votre adresse email ne sera pas publiée', 'les champs obligatoires', 'aucun commentaire',
  'soyez le premier à commenter', 'soyez le premier à réagir', 'connectez-vous pour commenter',
  'les commentaires sont fermés', 'commentaires sont fermés',
  // social prompts and apps (closing a page)
  'follow us on', 'follow us', 'share it on social', 'share on social', 'share this article', 'share on facebook',
  'share on twitter', 'share via', 'liked the story', 'download our app', 'download the app', 'get the app',
  'suivez-nous', 'suivez nous', 'partagez cet article', 'partager sur', 'téléchargez notre application',
  "téléchargez l'application", 'vous avez aimé cet article',
  // help and contact widgets
  'if you have any questions', 'email us', 'contact us', 'write to us', 'nous contacter',
  'contactez-nous', 'signaler une erreur', 'report an error', 'report a typo',
  // disclaimers of op-ed pages
  'views and opinions expressed', 'do not necessarily reflect', 'ne reflètent pas nécessairement',
  "n'engagent que leur auteur", "n'engagent que leurs auteurs",
  // search and site widgets
  'what are you looking for', 'que recherchez-vous', 'type to search', 'rechercher sur le site',
  'try our ai', 'skip to',
];

/**
 * Newsletter and subscription prompts: boxes that sit in the middle of articles as often as at the end,
 * so the line goes and the story goes on. Matched in lines up to the page-notice length.
 */
export const SUBSCRIPTION_PHRASES: readonly string[] = [
  'sign up for our', 'sign up to our', 'sign up to receive', 'sign up for the', 'subscribe to our',
  'subscribe to the', 'get our newsletter', 'newsletter', 'already a subscriber', 'already have an account',
  'create an account', 'create a free account', 'subscribers only', 'for subscribers', 'support our journalism',
  'support independent journalism', 'abonnez-vous', 'inscrivez-vous', 'recevez notre', 'recevez chaque',
  'déjà abonné', 'réservé aux abonnés', 'réservée aux abonnés', 'article réservé', 'pour les abonnés',
  'créer un compte', 'il vous reste', 'la suite est réservée', 'découvrir les offres', 'je m\'abonne',
  'sign up to', 'subscribe now', 'premier mois offert',
  'soutenez notre journalisme',
];

/** Phrases of in-article interruptions: the line goes, the story goes on (ads, inline teasers). */
export const INTERRUPTION_PHRASES: readonly string[] = [
  'advertisement', 'article continues below', 'story continues below', 'continue reading below',
  'scroll to continue', 'this article continues after', 'la suite après cette publicité',
  'la suite après la publicité', "l'article continue après", 'suite après la publicité', 'publicité',
];

/** Line prefixes of inline teasers pointing to another article ("READ MORE: …", "À lire aussi : …"). */
export const TEASER_PREFIXES: readonly string[] = [
  'read more', 'read also', 'also read', 'read next', 'see also', 'related', 'more:', 'watch:', 'watch now',
  'listen:', 'click here', 'find out more', 'à lire aussi', 'a lire aussi', 'lire aussi', 'à lire également',
  'lire également', 'à voir aussi', 'voir aussi', 'à voir', 'à découvrir', 'sur le même sujet', 'notre dossier',
  'notre article', 'cliquez ici', 'vidéo :', 'regarder :', 'écouter :', 'le direct :', 'à lire', 'a lire', 'lire',
];

/** Credit markers that make a short line a picture caption ("…Photo: Name/AFP"). */
export const CREDIT_MARKERS: readonly string[] = [
  'photo', 'photos', 'image', 'images', 'picture', 'pictured', 'credit', 'credits', 'illustration',
  'crédit', 'crédits', 'crédit photo', 'source image', 'copyright',
];

/** Photo agencies and picture libraries, as they close a caption ("… /AFP", "(Getty Images)"). */
export const PICTURE_AGENCIES: readonly string[] = [
  'afp', 'getty', 'getty images', 'reuters', 'ap photo', 'epa', 'shutterstock', 'alamy', 'maxppp', 'sipa',
  'abaca', 'hans lucas', 'pa images', 'pa wire', 'istock', 'leemage', 'divergence', 'belga', 'anp', 'dpa',
];

/** Relative-time units, singular and plural, for bylines such as "4 hours ago" or "il y a 2 heures". */
export const RELATIVE_TIME_UNITS = {
  en: ['second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'h',
    'day', 'days', 'd', 'week', 'weeks', 'month', 'months', 'year', 'years'],
  fr: ['seconde', 'secondes', 'minute', 'minutes', 'min', 'mn', 'heure', 'heures', 'h', 'jour', 'jours', 'j',
    'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années'],
} as const;

/** Number words that may stand for the count in a relative time ("an hour ago", "une heure"). */
export const RELATIVE_TIME_COUNTS: readonly string[] = ['a', 'an', 'one', 'two', 'three', 'un', 'une', 'deux', 'trois', 'quelques', 'few', 'a few'];

/** Standalone relative-time bylines without a number. */
export const RELATIVE_TIME_WORDS: readonly string[] = [
  'just now', 'moments ago', 'yesterday', "à l'instant", 'hier', "aujourd'hui", 'today',
];

/** Words that may make up a date or time line ("Published 20 May 2025 18:38", "Publié le mardi 14 mai à 8h"). */
export const DATE_LINE_WORDS: readonly string[] = [
  'published', 'updated', 'posted', 'last', 'modified', 'on', 'at', 'am', 'pm', 'gmt', 'bst', 'cet', 'cest', 'utc',
  'publié', 'publie', 'mis', 'à', 'a', 'jour', 'le', 'modifié', 'h', 'par', 'et', 'the', 'of', 'st', 'nd', 'rd', 'th', 'er',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'janv', 'févr', 'avr', 'juil', 'déc',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
];

/** Counter widgets ("Views: 168", "12 comments", "3 min read", "Lecture : 4 min"): a number plus one of these. */
export const COUNTER_WORDS: readonly string[] = [
  'views', 'view', 'reads', 'shares', 'likes', 'comments', 'comment', 'min read', 'minute read', 'minutes read',
  'reading time', 'vues', 'lectures', 'partages', 'commentaires', 'commentaire', 'réactions', 'lecture',
  'min de lecture', 'temps de lecture',
];
