package ca.tremplin.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.browser.AuditedPages.AuditedPage;
import ca.tremplin.browser.AuditedPages.Visitor;
import ca.tremplin.testsupport.BrowserTest;
import ca.tremplin.testsupport.DemoAccounts;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.args.AxeRunContext;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.deque.html.axecore.selenium.AxeReporter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Every page, public and back office, in French and in English, signed in as each role, meets the WCAG 2.0 and 2.1
 * A and AA rules that a machine can check, and 2.2's size of what a finger taps: axe-core runs inside the browser on
 * each page of {@link AuditedPages}, and the test lists every violation it finds with the page, the rule, what to fix
 * and the element, with the ids used twice, the labels that name no control and the boxes to tick too small for a
 * finger, and every page that is wider than the window at 640 CSS pixels (the usual window at 200 % zoom, WCAG
 * 1.4.4) or at 320 (WCAG 1.4.10, reflow). Colour contrast is measured on the page as drawn, so the theme is checked
 * where it is used. A page audited whole in one language is checked in the other for the rules that read its words
 * (names, title, languages), with the markup checks and the reflow (see {@link AuditedPage}).
 */
class AccessibilityAuditBrowserIT extends BrowserTest {

    /**
     * The WCAG levels that Québec's standard for public bodies' websites (SGQRI 008) and the AA level ask for, and
     * WCAG 2.2's AA rule on the size of what a finger taps (2.5.8: 24 CSS pixels, or as much room around it), which
     * a tablet at a fair and a phone abroad need.
     */
    private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
            "wcag22aa");

    /**
     * Axe-core's WCAG A and AA rules that read a page's words rather than its markup or colours: what the other
     * language of a page audited whole is checked for.
     */
    private static final List<String> RULES_ON_WORDS = List.of("button-name", "link-name", "label",
            "input-button-name", "input-image-alt", "image-alt", "select-name", "aria-input-field-name",
            "aria-toggle-field-name", "aria-command-name", "aria-meter-name", "aria-progressbar-name",
            "aria-tooltip-name", "frame-title", "document-title", "html-has-lang", "html-lang-valid",
            "html-xml-lang-mismatch", "valid-lang", "svg-img-alt", "role-img-alt", "area-alt", "object-alt",
            "summary-name");

    /** A window 320 CSS pixels wide inside (Chromium's headless window has no frame), and the tests' usual one. */
    private static final Dimension PHONE = new Dimension(320, 900);
    /**
     * The usual window at 200 % zoom (WCAG 1.4.4, resize text): the page is laid out in 640 CSS pixels, between the
     * phone's layout and the desktop's, where a layout made for one or the other could stick out.
     */
    private static final Dimension ZOOMED = new Dimension(640, 900);
    private static final Dimension DESKTOP = new Dimension(1280, 900);

    /**
     * What axe-core no longer checks but valid HTML asks (WCAG 4.1.1 in 2.1): an id used once, and a label's
     * {@code for} naming a control that exists and can be labelled, or a focusable widget (PrimeFaces' select menus,
     * whose accessible name axe-core checks).
     */
    private static final String MARKUP_PROBLEMS = """
            const seen = new Map();
            document.querySelectorAll('[id]').forEach(e => seen.set(e.id, (seen.get(e.id) || 0) + 1));
            const problems = [...seen].filter(([id, n]) => n > 1).map(([id, n]) => 'duplicate id "' + id + '" (' + n + ')');
            const labelable = ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'METER', 'OUTPUT', 'PROGRESS'];
            document.querySelectorAll('label[for]').forEach(label => {
                const control = document.getElementById(label.htmlFor);
                // PrimeFaces' select menus are widgets on a focusable span, whose name axe-core checks.
                const widget = control && (control.hasAttribute('role') || control.hasAttribute('tabindex'));
                if (!control || !(labelable.includes(control.tagName) || widget)) {
                    problems.push('label "' + label.textContent.trim() + '" for "' + label.htmlFor + '", which is '
                            + (control ? 'a ' + control.tagName.toLowerCase() + ', not a control' : 'not on the page'));
                }
            });
            // A box to tick that a finger can hit: at least 20 CSS pixels (axe-core lets a smaller one pass when
            // nothing else is near it, but a thumb on a tablet at a fair still misses it). PrimeFaces' own boxes
            // hide the native one (1 pixel) and draw theirs.
            document.querySelectorAll('input[type=checkbox], input[type=radio]').forEach(box => {
                const drawn = box.getBoundingClientRect();
                if (drawn.width > 1 && drawn.height > 1 && (drawn.width < 19.5 || drawn.height < 19.5)) {
                    problems.push('a box to tick of ' + Math.round(drawn.width) + ' x ' + Math.round(drawn.height)
                            + ' px: ' + box.outerHTML.substring(0, 100));
                }
            });
            return problems;
            """;

    /**
     * WCAG 1.4.10 (reflow): at 320 CSS pixels wide (a phone, or 1280 pixels at 400 % zoom) the page scrolls only up
     * and down. The widest elements that stick out are named; a board or a table may scroll sideways inside its own
     * area, which does not widen the page.
     */
    private static final String WIDER_THAN_THE_WINDOW = """
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width + 1) {
                return [];
            }
            return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1 && e.getClientRects().length > 0)
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                    .slice(0, 3)
                    .map(e => e.outerHTML.substring(0, 120) + ' reaches ' + Math.round(e.getBoundingClientRect().right)
                            + ' px');
            """;

    /**
     * A table squeezed into a narrow window must not set its words one letter a line ("É/t/a/t", a heading 18 px wide
     * and 200 px tall): its rows become cards on a phone, or it scrolls sideways in a box of its own. Named: a cell
     * narrower than three letters holding a word, and a word spread over three lines or more.
     */
    private static final String WORDS_BROKEN_IN_TABLES = """
            const broken = [];
            const cells = document.querySelectorAll('table.simple-table td, table.simple-table th,'
                    + ' table.stack-on-phone td, table.report-table td, table.report-table th');
            for (const cell of cells) {
                if (broken.length >= 3) {
                    break;
                }
                const box = cell.getBoundingClientRect();
                const head = cell.closest('thead');
                if (cell.closest('.may-break') || box.width === 0
                        || (head && head.getBoundingClientRect().width <= 1)) { // headings a card's cells repeat
                    continue;
                }
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                let problem = null;
                for (let node = walker.nextNode(); node && !problem; node = walker.nextNode()) {
                    for (const word of node.textContent.matchAll(/\\p{L}{4,}/gu)) {
                        const range = document.createRange();
                        range.setStart(node, word.index);
                        range.setEnd(node, word.index + word[0].length);
                        if (node.parentElement.getBoundingClientRect().width <= 1) {
                            continue; // read by screen readers only (a column of buttons' heading)
                        }
                        const lines = new Set([...range.getClientRects()].map(line => Math.round(line.top))).size;
                        const em = parseFloat(getComputedStyle(cell).fontSize);
                        if (lines >= 3 || box.width < 1.5 * em) {
                            problem = '"' + word[0] + '" on ' + lines + ' lines in a cell ' + Math.round(box.width)
                                    + ' px wide: ' + cell.outerHTML.substring(0, 100);
                            break;
                        }
                    }
                }
                if (problem) {
                    broken.push(problem);
                }
            }
            return broken;
            """;

    /**
     * A label whose field wrapped to the next line, and left of it, sits at the end of a row beside the wrong field
     * (a tablet's filters: "Programme" alone at a line's end, its menu under another label): each label stays with
     * its field when a row wraps.
     */
    private static final String LABELS_APART_FROM_THEIR_FIELDS = """
            const apart = [];
            for (const label of document.querySelectorAll('label[for]')) {
                const field = document.getElementById(label.htmlFor);
                if (!field || label.getClientRects().length === 0 || field.getClientRects().length === 0) {
                    continue;
                }
                const l = label.getBoundingClientRect();
                const f = field.getBoundingClientRect();
                if (f.width > 1 && l.width > 1 && f.top >= l.bottom - 1 && f.left < l.left - 8) {
                    apart.push('"' + label.textContent.trim() + '" ends a line at ' + Math.round(l.left)
                            + ' px, its field starts the next at ' + Math.round(f.left) + ' px');
                }
            }
            return apart.slice(0, 3);
            """;

    /**
     * What the page says of itself as loaded, in one call to the browser: its language, its markup problems
     * ({@link #MARKUP_PROBLEMS}), and whether axe-core is in it yet.
     */
    private static final String PAGE_AS_LOADED = "return {language: document.documentElement.lang,"
            + " axeLoaded: typeof window.axe === 'object' && typeof window.axe.run === 'function',"
            + " markup: (() => {" + MARKUP_PROBLEMS + "})()};";

    /**
     * Axe-core's run as AxeBuilder makes it in its legacy mode (frames reached from this page's origin only, the whole
     * document, the options given as JSON), in one call to the browser: AxeBuilder's own takes eight, and reads its
     * 560 kB script from the library twice.
     */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.configure({ allowedOrigins: ['<same_origin>'] });
            axe.run(JSON.parse(arguments[0]), JSON.parse(arguments[1]))
                    .then(results => done(JSON.parse(JSON.stringify(results))))
                    .catch(error => done({ error: String((error && error.stack) || error) }));
            """;

    /**
     * The three checks of a narrow window in one call to the browser, once the page is laid out at that width
     * (Chromium may answer a resize before): null until then.
     */
    private static final String AT_THE_NARROW_WIDTH = "if (document.documentElement.clientWidth > arguments[0]) {"
            + " return null; }"
            + " return {wide: (() => {" + WIDER_THAN_THE_WINDOW + "})(),"
            + " apart: (() => {" + LABELS_APART_FROM_THEIR_FIELDS + "})(),"
            + " broken: (() => {" + WORDS_BROKEN_IN_TABLES + "})()};";

    /** The whole document, as AxeBuilder's {@code analyze(driver)} gives it to axe-core. */
    private static final String WHOLE_PAGE = AxeReporter.serialize(new AxeRunContext());

    @Test
    void everyPageMeetsTheAutomatedWcag21AaRulesForEveryVisitor() {
        AxeRunOnlyOptions levels = new AxeRunOnlyOptions();
        levels.setType("tag");
        levels.setValues(WCAG_A_AND_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(levels);
        // Only violations are reported, which spares axe listing every element that passes; one run in the page
        // itself (legacy mode), without the extra window the newer mode opens. The one frame of the application is
        // the demo mailbox's message, an e-mail rather than a page, which scripts cannot enter by design: axe-core is
        // sent into the page only, never into its frames.
        options.setResultTypes(List.of("violations"));
        String axe = AxeReporter.serialize(options);
        // A page audited whole in one language is audited in the other for what its words change: the names of
        // its controls, links, images and frames, its title, and its languages (an empty English text would leave
        // a button without a name); the markup and the theme's colours are the same, and were checked.
        AxeRunOnlyOptions wordsOnly = new AxeRunOnlyOptions();
        wordsOnly.setType("rule");
        wordsOnly.setValues(RULES_ON_WORDS);
        AxeRunOptions inTheOtherLanguage = new AxeRunOptions();
        inTheOtherLanguage.setRunOnly(wordsOnly);
        inTheOtherLanguage.setResultTypes(List.of("violations"));
        String axeOnWords = AxeReporter.serialize(inTheOtherLanguage);
        String axeScript = axeScript();
        // Chromium evaluates axe-core in each page it opens, from the script it compiled once, where a script sent
        // through WebDriver is sent, parsed and compiled again on every page (a second or more on a busy machine):
        // the top window only, as before, and for this test only, since the browser is shared.
        HasCdp devTools = (HasCdp) browser.driver();
        Object axeInEachPage = devTools.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "(function () { if (window !== window.top) { return; }\n" + axeScript + "\n})();"))
                .get("identifier");
        List<String> violations = new ArrayList<>();
        Visitor current = Visitor.PUBLIC;
        // Axe-core measures the contrast of every text of a long page: on a busy two-core machine one run has
        // taken more than WebDriver's default 30 s for a script, which says nothing of the page audited.
        java.time.Duration usualScriptTimeout = browser.driver().manage().timeouts().getScriptTimeout();
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(3));
        try {
            for (AuditedPage page : AuditedPages.ALL) {
                if (page.visitor() != current) {
                    leave(current);
                    current = page.visitor();
                    browser.forgetEverything();
                    if (current.email != null) {
                        browser.signIn(current.email, DemoAccounts.PASSWORD);
                    }
                    if (current.switchesLanguage) {
                        browser.go("/admin/?lang=" + current.language);
                    }
                }
                page.reach().open(browser);
                audit(page, page.contrastMeasured() ? axe : axeOnWords, axeScript, violations);
            }
        } finally {
            devTools.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", axeInEachPage));
            browser.driver().manage().timeouts().scriptTimeout(usualScriptTimeout);
            leave(current);
        }
        assertTrue(violations.isEmpty(), violations.size() + " accessibility violations:\n"
                + String.join("\n", violations));
    }

    /** Axe-core's script, as the library ships it: in each page opened, once. */
    private static String axeScript() {
        try {
            return new AxeBuilder().getAxeScriptProvider().getScript();
        } catch (Exception unreadable) {
            throw new IllegalStateException("axe-core's script could not be read from its library", unreadable);
        }
    }

    /** A visitor who chose a language for the pass gets their own back: other tests sign in as the same account. */
    private void leave(Visitor visitor) {
        if (visitor.switchesLanguage) {
            browser.go("/admin/?lang=fr");
        }
    }

    /**
     * Axe-core's rules, the markup checks and the reflow at 640 and 320 pixels on the page as it stands; each step one
     * call to the browser (axe-core's script sent first if the page somehow has not got it), the narrow windows' three
     * checks together once the page is laid out at that width.
     */
    private void audit(AuditedPage page, String axeOptions, String axeScript, List<String> violations) {
        JavascriptExecutor inPage = (JavascriptExecutor) browser.driver();
        Map<?, ?> asLoaded = (Map<?, ?>) inPage.executeScript(PAGE_AS_LOADED);
        Object language = asLoaded.get("language");
        if (page.visitor().language != null && !page.visitor().language.equals(language)) {
            violations.add(String.format("%s (%s, as %s): the page is in \"%s\", not \"%s\"", page.view(),
                    page.description(), page.visitor(), language, page.visitor().language));
        }
        for (Object problem : (List<?>) asLoaded.get("markup")) {
            violations.add(String.format("%s (%s, as %s): %s", page.view(), page.description(), page.visitor(),
                    problem));
        }
        if (!Boolean.TRUE.equals(asLoaded.get("axeLoaded"))) {
            inPage.executeScript(axeScript);
        }
        Map<?, ?> run = (Map<?, ?>) inPage.executeAsyncScript(AXE_RUN, WHOLE_PAGE, axeOptions);
        assertTrue(!run.containsKey("error"), "axe-core could not audit " + page.description() + ": "
                + run.get("error"));
        Results results = new ObjectMapper().convertValue(run, Results.class);
        for (Dimension narrow : List.of(ZOOMED, PHONE)) {
            browser.driver().manage().window().setSize(narrow);
            Map<?, ?> found = browser.waitFor().withMessage("the window to narrow to " + narrow.width + " px")
                    .until(driver -> (Map<?, ?>) ((JavascriptExecutor) driver).executeScript(AT_THE_NARROW_WIDTH,
                            narrow.width));
            for (Object wide : (List<?>) found.get("wide")) {
                violations.add(String.format("%s (%s, as %s): wider than %d px — %s", page.view(),
                        page.description(), page.visitor(), narrow.width, wide));
            }
            for (Object apart : (List<?>) found.get("apart")) {
                violations.add(String.format("%s (%s, as %s): a label apart from its field at %d px — %s",
                        page.view(), page.description(), page.visitor(), narrow.width, apart));
            }
            for (Object broken : (List<?>) found.get("broken")) {
                violations.add(String.format("%s (%s, as %s): a table's words broken at %d px — %s", page.view(),
                        page.description(), page.visitor(), narrow.width, broken));
            }
        }
        browser.driver().manage().window().setSize(DESKTOP);
        browser.waitFor().withMessage("the window to widen again").until(driver ->
                ((Number) ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.clientWidth")).intValue() > ZOOMED.width);
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(String.format("%s (%s, as %s): %s — %s%n    at %s: %s%n    %s", page.view(),
                        page.description(), page.visitor(), rule.getId(), rule.getHelp(), node.getTarget(),
                        abbreviated(node.getHtml()), node.getFailureSummary().replace("\n", "\n    ")));
            }
        }
    }

    private static String abbreviated(String html) {
        return html.length() <= 200 ? html : html.substring(0, 200) + "…";
    }
}
