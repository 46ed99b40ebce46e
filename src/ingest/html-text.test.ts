import { describe, expect, it } from 'vitest'
import { htmlFragmentText } from './html-text.js'

describe('htmlFragmentText', () => {
  it.each([
    ['<p>One <b>two</b></p><p>Three</p>', 'One two\n\nThree'],
    ['<p>  spread\n   over   lines </p>', 'spread over lines'],
    ['<p>line<br>break</p>', 'line\nbreak'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
    ['<h2>Title</h2>text after<div>block</div>', 'Title\n\ntext after\n\nblock'],
    ['<p>a&nbsp;b &amp; c</p><script>x()</script><style>p{}</style>', 'a b & c'],
    ['<pre>keep\n  this</pre>', 'keep\nthis'],
    ['<table><tr><td>1</td><td>2</td></tr></table>', '1 2'],
    ['', ''],
  ])('%j', (html, text) => {
    expect(htmlFragmentText(html)).toBe(text)
  })
})
