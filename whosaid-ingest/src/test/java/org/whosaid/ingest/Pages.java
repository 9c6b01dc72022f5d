package org.whosaid.ingest;

/**
 * News pages written for these tests (invented events and people), wrapped in the clutter real
 * pages carry: navigation, an ad, a photo caption, related links, a comments section, a footer.
 */
final class Pages {
    private Pages() {
    }

    /** The three paragraphs, blockquote and {@code <q>} of {@link #FERRY} as whosaid must read them. */
    static final String FERRY_TEXT = "Ferry crews on the Selwick route returned to work on Thursday after a two-week "
            + "strike over rosters and overtime pay that had left island residents without a daily service.\n\n"
            + "\u201CWe got most of what we asked for, and the rosters will be fixed by June,\u201D union organiser "
            + "Marta Lind said outside the terminal, where crews had gathered since early morning.\n\n"
            + "\u201CThe company has listened at last.\n\n"
            + "\u201COur members can go home to their families.\u201D\n\n"
            + "\u2014 Marta Lind, in a message to members\n\n"
            + "The operator, Selwick Lines, said in a statement that it had agreed to \u201Ca fair settlement\u201D "
            + "and that sailings would resume at full strength on Friday morning, weather permitting.\n\n"
            + "Island councillor Petra Vos said the strike had shown how fragile the link to the mainland was.";

    static final String FERRY = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <title>Ferry strike ends after two weeks | Coastal Times</title>
            <link rel="canonical" href="/news/2024/03/ferry-strike-ends">
            <meta property="og:title" content="Ferry strike ends after two weeks">
            <meta property="og:site_name" content="Coastal Times">
            <meta property="og:url" content="https://coastal-times.example/news/ferry?utm=og">
            <meta property="article:published_time" content="2024-03-07T18:05:00+01:00">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Coastal Times Online"},
              {"@type": "NewsArticle", "headline": "Ferry strike ends after two-week stoppage",
               "datePublished": "2024-03-07T17:05:00Z", "inLanguage": "en",
               "author": [{"@type": "Person", "name": "Jane Roe"}],
               "publisher": {"@type": "Organization", "name": "Coastal Times Ltd"}}]}
            </script>
            <script>window.ads = {slot: "top"};</script>
            <style>.ad-banner { color: red }</style>
            </head>
            <body>
            <header class="site-header"><a href="/">Coastal Times</a>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
            </header>
            <div class="ad-banner">Cheap flights to the islands! Book today and save on every seat.</div>
            <main>
            <article>
            <h1>Ferry strike ends after two weeks</h1>
            <p class="byline">By Jane Roe, transport correspondent</p>
            <p>Ferry crews on the Selwick route returned to work on Thursday after a two-week strike over
            rosters and overtime pay that had left island residents without a daily service.</p>
            <figure><img src="/img/crews.jpg" alt="Crews on the quay">
            <figcaption>Crews leave the picket line on Thursday morning. Photo: Coastal Times</figcaption></figure>
            <p>&ldquo;We got most of what we asked for, and the rosters will be fixed by June,&rdquo; union organiser
            <a href="/people/marta-lind">Marta Lind</a> said outside the terminal, where crews had gathered since early morning.</p>
            <blockquote><p>The company has listened at last.</p><p>Our members can go home to their families.</p>
            <footer>&mdash; Marta Lind, in a message to members</footer></blockquote>
            <p>The operator, Selwick Lines, said in a statement that it had agreed to <q>a fair settlement</q>
            and that sailings would resume at full strength on Friday morning, weather permitting.</p>
            <div class="share-tools"><a href="#">Share on social media</a> <a href="#">Email this story</a></div>
            <p>Island councillor Petra Vos said the strike had shown how fragile the link to the mainland was.</p>
            <aside class="related-stories"><h3>Related</h3><ul><li><a href="/x">Bridge plan delayed again</a></li>
            <li><a href="/y">Port fees to rise in spring</a></li></ul></aside>
            </article>
            </main>
            <section id="comments"><h3>Comments (2)</h3>
            <div class="comment"><p>About time! The company should have settled weeks ago, everyone on the island said so.</p></div>
            <div class="comment"><p>My mother missed three hospital appointments because of this strike.</p></div></section>
            <footer class="site-footer"><p>&copy; Coastal Times 2024. All rights reserved.</p>
            <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul></footer>
            </body>
            </html>
            """;
}
