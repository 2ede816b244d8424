"""The bundled example article that ``newsparse --demo`` parses.

It is written for newsparse, copied from no site, and laid out the way a scraper leaves a
news page: a banner with the site's clock, the headline, a credit line with the date, a view
counter, a dateline, a body whose quotes follow the patterns newsparse attributes (speaker
after the quote, speaker before it with a colon, a title before a name, a pronoun that
refers back to the last speaker), then a share bar, a "Read more" link and a copyright
footer. The town, the people and the events are invented.

>>> from newsparse._demo import DEMO_ARTICLE
>>> DEMO_ARTICLE.splitlines()[3]
'Island ferry to keep sailing after harbour town votes to pay for it'
"""

from __future__ import annotations

__all__ = ["DEMO_ARTICLE", "DEMO_NAME"]

#: What the CLI shows in place of a file name for the bundled example.
DEMO_NAME = "<demo article>"

#: The example article, as a scraper's plain text (invented; copied from no site).
DEMO_ARTICLE = """\
Last Update 08:12
Thursday, 12 March 2026

Island ferry to keep sailing after harbour town votes to pay for it

By Maren Odell , Wednesday 11 March 2026
Views: 3,418

PORT ELLISON — Voters in this harbour town on Tuesday backed a two-year levy to keep the \
ferry to Vessa Island running, after the county said it could no longer pay for the route.

The result, 2,214 votes to 1,608, ends a year of uncertainty for the 900 people who live \
on the island and rely on the boat to reach schools, shops and the hospital on the mainland.

"We were not going to let the island be cut off from the rest of the county," Mayor Tomas \
Brekke said after the count.

Ingrid Solberg, a teacher who crosses twice a day, said: "The boat is how half my class gets \
to school. Without it, the island empties."

"There is no other way across in winter," harbour master Olav Lind told the Harbour Gazette. \
"When the storms come in, the ferry is the only thing that still runs," he added.

The county's transport committee cut the route from its budget in January, citing rising \
fuel costs and a fall in summer visitors.

"We will study the result and meet the town council next week," a county spokeswoman said.

The levy adds about 40 a year to the average household bill and will be reviewed in 2028.

Share this article: Facebook Twitter WhatsApp Email
Read more: Island school to stay open for another year

\u00a9 2026 Harbour Gazette. All rights reserved.
"""
