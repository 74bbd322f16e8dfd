"""The published site: story pages, their structured data, the index and feeds, and the
wire export, built from the repository (see docs/publishing.md).

- `timeline`: what history says of each story's publication (the publish sign-off, later
  corrections, a kill), folded from the sign-off commits;
- `markup`: a story's Markdown body as HTML no story text can turn into markup or script;
- `page`: the values a page is rendered from (a story read through the story-file
  module, plus its timeline and the roster);
- `structured`: schema.org NewsArticle and ClaimReview as JSON-LD;
- `feeds`: the Atom feed and the JSON Feed;
- `ninjs`: IPTC ninjs 2.1 for wire partners;
- `render`: the jinja2 templates (the shipped ones, or the newsroom's own);
- `build`: the incremental, parallel build of `public/`, and `preview`.

jinja2 and nh3 are imported only here, so commands that build no page never load them.
"""
