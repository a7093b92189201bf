package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** User-Agents as their makers document them, and as browsers send them. */
class AutomatedVisitsTest {

    @Test
    void crawlersPreviewsAndToolsAreNotVisits() {
        for (String machine : new String[] {
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "WhatsApp/2.23.20.0 A", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                "TelegramBot (like TwitterBot)",
                "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
                "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)", "curl/7.88.1", "Wget/1.21.3",
                "python-requests/2.31.0", "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)"}) {
            assertTrue(AutomatedVisits.isAutomated(machine), machine);
        }
    }

    @Test
    void peoplesBrowsersAreVisits() {
        for (String person : new String[] {
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                        + " Version/17.5 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/125.0.0.0 Mobile Safari/537.36",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0", null}) {
            assertFalse(AutomatedVisits.isAutomated(person), person);
        }
    }
}
