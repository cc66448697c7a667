// Words and tag lists the HTML extractor relies on, kept as data so they can be read and extended in one place.

/** Elements whose content is never article text (code, media, form controls, embedded documents). */
export const CONTENTLESS_TAGS = new Set([
  'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'textarea',
  'button', 'option', 'datalist', 'audio', 'video', 'map', 'dialog', 'frameset', 'frame', 'noembed', 'noframes',
]);

export const VOID_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Tags that start a new line when rendered. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'blockquote',
  'pre', 'figure', 'figcaption', 'address', 'hr', 'br', 'form', 'fieldset', 'legend', 'details', 'summary', 'center',
  'body', 'menu', 'hgroup', 'output',
]);

/** Tags scored as paragraphs even when they hold block children (Readability's elements to score). */
export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Page furniture by tag: dropped in the strict pass. */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer']);

/** ARIA roles of page furniture. */
export const FURNITURE_ROLES = new Set([
  'menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search',
]);

/** Class/id fragments of blocks that are almost never the article (matched as substrings). */
export const UNLIKELY_HINTS = [
  '-ad-', 'ai2html', 'banner', 'breadcrumb', 'combx', 'comment', 'community', 'cover-wrap', 'disqus', 'extra',
  'footer', 'gdpr', 'header', 'legends', 'menu', 'related', 'remark', 'replies', 'rss', 'shoutbox', 'sidebar',
  'skyscraper', 'social', 'sponsor', 'supplemental', 'ad-break', 'agegate', 'pagination', 'pager', 'popup',
  'yom-remote', 'cookie', 'consent', 'newsletter', 'subscribe', 'signup', 'share', 'sharing', 'outbrain', 'taboola',
  'recommend', 'promo', 'modal', 'toolbar', 'masthead', 'most-read', 'mostread', 'most-popular', 'trending',
  'read-more', 'readmore', 'read-next', 'more-stories', 'tags', 'widget',
];

/** Fragments that rescue an element whose class/id also matched an unlikely hint ("article-comments" is not). */
export const MAYBE_CONTENT_HINTS = ['and', 'article', 'body', 'column', 'content', 'main', 'shadow', 'story', 'entry', 'post-text'];

/** Class/id fragments that raise an element's candidate score. */
export const POSITIVE_HINTS = [
  'article', 'body', 'content', 'entry', 'hentry', 'h-entry', 'main', 'page', 'pagination', 'post', 'text', 'blog',
  'story', 'prose', 'rich-text', 'richtext',
];

/** Class/id fragments that lower an element's candidate score and mark it for removal inside the article. */
export const NEGATIVE_HINTS = [
  '-ad-', 'hidden', 'banner', 'combx', 'comment', 'com-', 'contact', 'footer', 'gdpr', 'masthead', 'media', 'meta',
  'outbrain', 'promo', 'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor', 'shopping',
  'tags', 'widget', 'newsletter', 'subscribe', 'social', 'recommend', 'breadcrumb', 'cookie', 'consent', 'caption',
  'credit', 'byline', 'author', 'dateline', 'timestamp', 'toolbar', 'signup', 'taboola', 'read-more', 'readmore',
  'more-stories', 'most-read', 'trending', 'teaser', 'hdr', 'nav', 'advert', 'inline-ad',
];

/** Whole class/id tokens (too short to match as substrings) that mark advertising or navigation. */
export const NEGATIVE_TOKENS = ['ad', 'ads', 'adv', 'nav', 'hid', 'hide', 'print', 'tag', 'share', 'social', 'sr-only', 'visually-hidden', 'screen-reader-text'];

/** Blocks that must be dropped wherever they are, when short: share bars, bylines, captions, ads. */
export const ALWAYS_DROP_HINTS = [
  'share', 'sharing', 'social', 'newsletter', 'subscribe', 'signup', 'cookie', 'consent', 'gdpr', 'related',
  'recommend', 'outbrain', 'taboola', 'promo', 'advert', 'sponsor', 'comment', 'disqus', 'byline', 'caption',
  'credit', 'breadcrumb', 'toolbar', 'read-more', 'readmore', 'more-stories', 'most-read', 'tags',
  'author', 'paywall', 'subscription',
];

/** Call-to-action hints that an embed-like class does not rescue ("newsletter-embed" is a sign-up box, not a post). */
export const CALL_TO_ACTION_HINTS = ['newsletter', 'subscribe', 'signup', 'sign-up', 'paywall', 'cookie', 'consent', 'gdpr', 'promo', 'advert', 'sponsor'];

/** Lines that are page furniture whatever their markup (compared lower-cased, without final punctuation). */
export const BOILERPLATE_LINES = [
  'advertisement', 'advertisements', 'ad', 'sponsored', 'sponsored content', 'publicité', 'story continues below',
  'story continues below advertisement', 'article continues below', 'continue reading', 'read more', 'lire aussi',
  'lire la suite', 'à lire aussi', 'a lire aussi', 'share', 'share this', 'share this article', 'share on facebook',
  'share on twitter', 'partager', 'partager cet article', 'print', 'email', 'tweet', 'related', 'related articles',
  'related stories', 'more from', 'sign up', 'subscribe', "s'abonner", 'abonnez-vous', 'newsletter', 'comments',
  'commentaires', 'leave a comment', 'leave a reply', 'skip to content', 'back to top', 'retour en haut',
  'click here', 'cliquez ici', 'view comments', 'see also', 'voir aussi', 'recommended', 'trending', 'most read',
];

/** Openings of short teaser/call-to-action lines ("Read more: …", "Lire aussi : …"). */
export const BOILERPLATE_PREFIXES = [
  'read more', 'read also', 'related:', 'related article', 'see also', 'lire aussi', 'à lire aussi', 'a lire aussi',
  'lire la suite', 'voir aussi', 'sign up for', 'subscribe to', 'inscrivez-vous', 'abonnez-vous', 'click here',
  'cliquez ici', 'follow us', 'suivez-nous', 'share this', 'partagez', 'this article is more than', 'photo:',
  'image:', 'credit:', 'crédit :', 'crédit:', 'getty images', 'we use cookies', 'nous utilisons des cookies',
  'by clicking', 'en poursuivant votre navigation', 'watch:', 'listen:', 'écouter', 'regarder', 'sign up to',
];

/** Class/id fragments of embedded posts (tweets, Instagram): quoted material that belongs to the article. */
export const EMBED_HINTS = ['embed', 'tweet', 'instagram-media', 'tiktok-embed', 'bluesky'];

/** Phrases that mark a short line as a call to action or a legal notice wherever they appear in it. */
export const BOILERPLATE_FRAGMENTS = [
  'newsletter', 'sign up for', 'subscribe to', 'inscrivez-vous', 'abonnez-vous', "s'abonner", 'all rights reserved',
  'tous droits réservés', 'droits de reproduction', 'get the latest', 'recevez', 'follow us on', 'suivez-nous sur',
  'réservé aux abonnés', 'réservée aux abonnés', 'il vous reste', 'déjà abonné', 'already a subscriber',
  'subscribers only', 'découvrir les offres',
];

/** Characters that open a copyright or credit line. */
export const CREDIT_OPENERS = ['©', '(c) ', 'copyright', 'photo ', 'photos ', 'crédit', 'credit'];

/** Short headings that introduce a block of teaser links rather than a section of the article. */
export const TEASER_HEADING_FRAGMENTS = [
  'related', 'more stories', 'more from', "don't miss", 'don’t miss', 'dont miss', 'recommended',
  'most popular', 'most read', 'trending', 'read next', 'read more', 'also like', 'also read', 'top stories',
  'latest news', 'more news', 'lire aussi', 'même sujet', 'même thème', 'plus lus', 'à voir aussi', 'vous aimerez',
  'même rubrique', 'derniers articles', 'à la une', 'sur le même', 'nos articles', 'en ce moment',
];

/** Weaker heading words: they condemn a heading only when a run of link lines follows it. */
export const TEASER_LIST_FRAGMENTS = ['stories', 'more', 'news', 'articles', 'read', 'watch', 'lire', 'voir', 'articles', 'actualités', 'à découvrir'];

/** Words of picture-gallery counters ("Image 3 of 12", "Photo 2 sur 5"). */
export const GALLERY_WORDS = ['image', 'images', 'photo', 'photos', 'picture', 'slide', 'diapositive'];
export const GALLERY_OF_WORDS = ['of', 'sur', 'de', '/'];
