package ca.tremplin.campaign;

import ca.tremplin.catalog.SearchText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An activity's tracked link: the public page's path with the four UTM parameters analytics tools know —
 * {@code utm_source} (where: facebook, bureau-dakar), {@code utm_medium} (the platform's kind: social, email, cpc),
 * {@code utm_campaign} (the campaign's code) and {@code utm_content} ({@code a} and the activity's id, which is
 * how Tremplin recognises the activity when the link is opened). Parameters are lower-case words with hyphens, so
 * that a link survives being retyped, shortened or printed.
 */
public final class TrackedLinks {

    static final int CODE_MAX = 50;
    static final int SOURCE_MAX = 60;
    /**
     * An activity's content, {@code a} and its id; in capitals too, as some platforms and link shorteners rewrite a
     * link's parameters.
     */
    private static final Pattern CONTENT = Pattern.compile("[aA](\\d{1,18})");

    private TrackedLinks() {
    }

    /** The activity a link names, when its content is an activity's and it names a campaign. */
    public static Optional<Long> activityOf(String utmCampaign, String utmContent) {
        if (utmCampaign == null || utmCampaign.isBlank() || utmContent == null) {
            return Optional.empty();
        }
        Matcher matcher = CONTENT.matcher(utmContent.strip());
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /** The parameters of an activity's link, in the order people read them. */
    public static Map<String, String> parameters(String campaignCode, long activityId, Platform platform,
                                                 String source) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("utm_source", sourceOrDefault(source, platform));
        parameters.put("utm_medium", platform.medium());
        parameters.put("utm_campaign", campaignCode);
        parameters.put("utm_content", "a" + activityId);
        return parameters;
    }

    /** A path with its parameters, encoded; a path that already has a query keeps it. */
    public static String link(String path, Map<String, String> parameters) {
        StringBuilder link = new StringBuilder(path);
        char separator = path.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            link.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return link.toString();
    }

    /** A campaign's code from its name: "Afrique de l'Ouest — mécanique 2027" becomes "afrique-de-l-ouest-mecanique-2027". */
    static String codeOf(String name) {
        return slug(name, CODE_MAX).orElse("campaign");
    }

    /** The source staff typed, as a link parameter, else the platform's. */
    static String sourceOrDefault(String typed, Platform platform) {
        return slug(typed, SOURCE_MAX).orElse(platform.defaultSource());
    }

    private static Optional<String> slug(String text, int max) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String slug = SearchText.slug(text).replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }
}
