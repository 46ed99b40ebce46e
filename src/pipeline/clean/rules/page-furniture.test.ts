import { describe, expect, it } from 'vitest'
import type { BoilerplateRule } from '../found.js'
import { texts } from '../test-support.js'
import { authorNote } from './author-note.js'
import { commentForm } from './comment-form.js'
import { followPrompt } from './follow-prompt.js'
import { htmlResidue } from './html-residue.js'
import { postNavigation } from './post-navigation.js'
import { repeatedLine } from './repeated-line.js'
import { sectionDash } from './section-dash.js'
import { signupForm } from './signup-form.js'
import { sourceTrailer } from './source-trailer.js'
import { widgetLine } from './widget-line.js'

const table = (rule: BoilerplateRule, rows: [string, string[]][]): void => {
  describe(rule.id, () => {
    it.each(rows)('%j', (input, expected) => {
      expect(texts(input, rule.find(input))).toEqual(expected)
    })
  })
}

table(followPrompt, [
  [
    'Intro.\nFollow Defense Daily on Google News at this link\n\nBody.',
    ['Follow Defense Daily on Google News at this link'],
  ],
  ['Intro. Follow us on Telegram for updates.\nBody.', ['Follow us on Telegram for updates.']],
  ['Intro.\nSubscribe to our Telegram channel\nBody.', ['Subscribe to our Telegram channel']],
  ['Intro.\nSign up for our daily newsletter\nBody.', ['Sign up for our daily newsletter']],
  [
    'Body.\nFollow the Harbour Gazette on Telegram and X for daily updates.\n',
    ['Follow the Harbour Gazette on Telegram and X for daily updates.'],
  ],
  ['Analysts follow the story on Telegram every day.', []],
  ['Intro.\nSign up for the weekly briefing\nBody.', ['Sign up for the weekly briefing']],
  ['Intro.\nClick here to subscribe\nBody.', ['Click here to subscribe']],
  ['Officials said they would sign up for the briefing on the new rail rules next week.', []],
])

table(commentForm, [
  [
    'Body.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nComment *\nName *\nSave my name, email, and website in this browser for the next time I comment.\nPost Comment',
    [
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      'Comment *',
      'Name *',
      'Save my name, email, and website in this browser for the next time I comment.',
      'Post Comment',
    ],
  ],
  ['Body.\nLeave a Comment Cancel reply\n', ['Leave a Comment Cancel reply']],
])

table(postNavigation, [
  ['Body.\n← Previous article | Next article →\nMore.', ['← Previous article | Next article →']],
  ['Body.\nOlder posts · Newer posts', ['Older posts · Newer posts']],
  ['Next, the port authority said the ferry would run again.', []],
  [
    'Body.\nPrevious post Ivan Petrov: Minsk will not send troops\nNext post The commander of the “North” group about the front',
    [
      'Previous post Ivan Petrov: Minsk will not send troops',
      'Next post The commander of the “North” group about the front',
    ],
  ],
  ['Body.\n« Previous article\nNext Article »', ['« Previous article', 'Next Article »']],
])

table(sourceTrailer, [
  ['Body.\nSourcedefencenews.com\n', ['Sourcedefencenews.com']],
  ['Body.\nSource: express.co.uk', ['Source: express.co.uk']],
  ['Body.\nSource: https://www.example.org/news/1', ['Source: https://www.example.org/news/1']],
  ['Body.\nSources: RBC-Ukraine, Interfax', ['Sources: RBC-Ukraine, Interfax']],
])

table(htmlResidue, [
  ['Box\n\n< h4>Ivan Petrov, military expert:\n\n– Text.', ['< h4>']],
  ['Text.</p>\n<p>More text.<br/>End.', ['</p>', '<p>', '<br/>']],
  ['A <strong>bold</strong> claim.<!-- ad slot -->', ['<strong>', '</strong>', '<!-- ad slot -->']],
])

table(sectionDash, [
  ['Body.\n-\nMore body.\n- News', ['-', '- News']],
  ['Body.\n— World Politics\n***', ['— World Politics', '***']],
])

table(repeatedLine, [
  [
    'Headline\nDefense Weekly Global Military news\nBody one.\nDefense Weekly Global Military news\nBody two.',
    ['Defense Weekly Global Military news', 'Defense Weekly Global Military news'],
  ],
  [
    'Headline\nScan of the order\nBody.\nScan of the order\nBody.\nScan of the order',
    ['Scan of the order', 'Scan of the order', 'Scan of the order'],
  ],
  // a live page's key-events index: a time and the heading of an entry below
  [
    'Headline\nKey events\n11:05 Ferry resumes service\n09:40 Port closes early\n11:05\nFerry resumes service\nThe ferry left at noon.\n09:40\nPort closes early\nThe port shut at nine.',
    ['11:05 Ferry resumes service', '09:40 Port closes early'],
  ],
  ['Headline\n11:05 The ferry left at noon.\nThe ferry left at noon.', ['11:05 The ferry left at noon.']],
  ['Headline\n11:05 Ferry resumes service\nThe ferry resumed service at noon.', []],
])

table(widgetLine, [
  [
    'Body.\nShare this explainer\nRelated fact check: No, the canal did not freeze\nRead last week’s digest: Ferries and fog\n[Photo: press office of the port]\nSign up for the Harbour Brief, delivered every Monday.\nGet the Harbour Digest in your inbox every Friday.\nSpotted a rumour? Write to tips@harbour-check.example and we will look.\nMore body.',
    [
      'Share this explainer',
      'Related fact check: No, the canal did not freeze',
      'Read last week’s digest: Ferries and fog',
      '[Photo: press office of the port]',
      'Sign up for the Harbour Brief, delivered every Monday.',
      'Get the Harbour Digest in your inbox every Friday.',
      'Spotted a rumour? Write to tips@harbour-check.example and we will look.',
    ],
  ],
  // prose that mentions reading, sharing, signing up or an address stays
  [
    'Body.\nThe mayor said she would read the report: it was long.\nThe port will share this data with the ministry next week, officials said.\nMore than 300 workers signed up for the union in May.\nThe union’s address is union@example.org, its leader said on Monday in a long interview about wages and the harbour.\nMore body.',
    [],
  ],
  [
    'Body.\nListen to the full episode on our site or wherever you get podcasts.\nFigure 3: Barges per month, 2022–2024. Source: port logs\nMore from Opinion: Why the canal froze\nRelated reading: The ferry that never sailed',
    [
      'Listen to the full episode on our site or wherever you get podcasts.',
      'Figure 3: Barges per month, 2022–2024. Source: port logs',
      'More from Opinion: Why the canal froze',
      'Related reading: The ferry that never sailed',
    ],
  ],
  ['Table 3 shows that exports rose.\nMore from Riga arrived on Tuesday, officials said.', []],
  [
    'Body.\nShare this article on Facebook, X or Telegram.\nWas this article helpful?\nPosted in World News',
    ['Share this article on Facebook, X or Telegram.', 'Was this article helpful?', 'Posted in World News'],
  ],
  ['Posted in May, the report listed 30 trains.\nPublished in Vilnius, the study counts wagons.', []],
  [
    'Body.\nClick to share on Telegram (Opens in new window)\n© 2023 Defense Weekly. All rights reserved.',
    ['Click to share on Telegram (Opens in new window)', '© 2023 Defense Weekly. All rights reserved.'],
  ],
  ['Body.\nAdvertisement\nMore.', ['Advertisement']],
  [
    'Body.\nClick here to see the whole study.\nEnable JavaScript to view the map\nForward this email to a friend | Subscribe\nFollow our live coverage of the floods on the Harbour Gazette site',
    [
      'Click here to see the whole study.',
      'Enable JavaScript to view the map',
      'Forward this email to a friend | Subscribe',
      'Follow our live coverage of the floods on the Harbour Gazette site',
    ],
  ],
  [
    'Headline\nAnna Berg (now) and Jonas Petraitis (earlier)\nBody.',
    ['Anna Berg (now) and Jonas Petraitis (earlier)'],
  ],
  ['Analysts follow our coverage closely.\nClick counts rose (now) and fell (earlier).', []],
  ['Live updates | Key events | Share\nBody.', ['Live updates | Key events | Share']],
  ['Harbour Gazette | 3 May 2023\nBody.', []],
  ['Body.\nStory continues below advertisement\nMore.', ['Story continues below advertisement']],
  [
    'Body.\nShare this article\nTags: Belarus, Russia, war',
    ['Share this article', 'Tags: Belarus, Russia, war'],
  ],
])

table(signupForm, [
  [
    "Officials said so.We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More infoThe talks went on.",
    [
      "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More info",
    ],
  ],
  [
    'Body.\nSign up to receive our daily rundown of the war.\nInvalid email\nSomething went wrong, please try again later.\nMore body.',
    [
      'Sign up to receive our daily rundown of the war.\nInvalid email\nSomething went wrong, please try again later.',
    ],
  ],
])

table(authorNote, [
  [
    'Headline\n\nThe canal froze early.\n\nAnna Berg is a senior fellow at the Harbour Institute.\n\n© 2024 Review',
    ['Anna Berg is a senior fellow at the Harbour Institute.'],
  ],
  // the same sentence early in the body is article text
  [
    'Headline\n\nAnna Berg is a senior fellow at the institute.\n\nShe said the canal froze.\n\nMore.\n\nEnd.',
    [],
  ],
])
