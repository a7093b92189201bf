package ca.tremplin.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form in which text is indexed and searched: lower case, accents removed, punctuation turned to spaces.
 * "Mécanique d'entretien" and "mecanique entretien" meet here, whatever the database's collation does.
 */
public final class SearchText {

    /** MariaDB's InnoDB full-text index ignores shorter words (innodb_ft_min_token_size). */
    static final int SHORTEST_INDEXED_WORD = 3;

    private SearchText() {
    }

    /**
     * Latin letters that no accent makes (Unicode decomposes none of them), written as people type them without the
     * key: "œuvre" is found by "oeuvre", "Cœur" by "coeur".
     */
    private static final String[][] LETTERS = {{"œ", "oe"}, {"æ", "ae"}, {"ß", "ss"}, {"ø", "o"}, {"đ", "d"},
            {"ð", "d"}, {"þ", "th"}, {"ł", "l"}, {"ı", "i"}, {"ŋ", "ng"}};

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String folded = withoutAccents.toLowerCase(Locale.ROOT);
        for (String[] letter : LETTERS) {
            folded = folded.replace(letter[0], letter[1]);
        }
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * French trade names as a woman says her trade, and the masculine the programs' texts are written in: a typed
     * ending, and the one it may stand for. "soudeuse" finds "soudeur", "électricienne" "électricien",
     * "conductrice" "conducteur", "plombière" "plombier", "boulangère" "boulanger", "assistante" "assistant".
     */
    private static final String[][] FEMININE_ENDINGS = {{"euse", "eur"}, {"trice", "teur"}, {"enne", "en"},
            {"iere", "ier"}, {"ere", "er"}, {"ante", "ant"}, {"ente", "ent"}, {"ive", "if"}};

    /**
     * The English trade as its worker is named ("welder", "plumber", "baker", "carpenter", "butcher"): the trade's
     * words for the same stem, "welding", "plumbing", "bakery", "carpentry", "butchery".
     */
    private static final String[] TRADE_ENDINGS = {"ing", "ry", "ery"};

    /**
     * A French worker's name and the trade the programs are titled by: "soudeur" the "Soudage" programs, "conducteur"
     * "Conduite d'engins", "mécanicien" "Mécanique", "plombier" "Plomberie", "boucher" "Boucherie", "coiffeur"
     * "Coiffure", "ébéniste" "Ébénisterie", "peintre" "Peinture", "secrétaire" "Secrétariat", "comptable"
     * "Comptabilité". A worker's ending, and the trade's endings it may stand for; the first
     * ending that fits is taken, the longer before the shorter. Words none of them fits keep their own spelling.
     */
    private static final String[][] WORKER_ENDINGS = {
            {"ucteur", "uite"}, {"ateur", ""}, {"icien", "ique", "icite"}, {"onniste", "on"},
            {"iste", "isterie", "ie"}, {"ier", "erie", "e"}, {"eur", "age", "ure", "erie"}, {"er", "erie"},
            {"tre", "ture"}, {"aire", "ariat"}, {"able", "abilite"}};

    /** Fewer letters before the ending is another word: "acier" (steel) is no worker of "ac-". */
    private static final int SHORTEST_WORKER_STEM = 4;

    /**
     * Workers whose trade no ending gives, or gives wrong: "maçon" the "Briquetage-maçonnerie", "vendeur" the
     * "Vente-conseil", "chauffeur" the "Transport par camion" (not "chauffage"), "opérateur" "Opération" ("-ateur" is
     * no "-ation" in general: a "formateur" is not every program's "formation").
     */
    private static final java.util.Map<String, String> WORKERS_APART = java.util.Map.of("macon", "maconnerie",
            "vendeur", "vente", "grutier", "grues", "operateur", "operation", "chauffeur", "camion");

    /**
     * Another spelling this long or longer is found as the beginning of a word ("soudeur" finds "soudeurs"); a
     * shorter one only as a whole word: "vente" stands for "vent" only, not for "ventilation".
     */
    public static final int SHORTEST_PREFIX_SPELLING = 6;

    /** A word read as a plural: long enough that its last letter is an ending ("cours", "gaz" are words of their own). */
    private static final int SHORTEST_PLURAL = 6;

    /**
     * A normalised word and the other spellings that may find what the person means: the masculine of a French
     * trade name typed in the feminine, and the trade of an English worker ("welder" finds "welding", "hairdresser"
     * "hairdressing", "carpenter" "carpentry"), and the singular of a plural ("soudeurs", "welders", "cuisines"),
     * since the titles name a trade in the singular. The word itself first; each other at least {@code shortest}
     * letters long.
     */
    public static List<String> spellings(String word, int shortest) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        String singular = word;
        // A plural in s, or in x after u as French writes many ("bijoux", "tuyaux"): not "complex", "duplex". The
        // singular is taken off the end only, as a beginning the titles share ("travau" finds "travaux", not "travail").
        if (word.length() >= SHORTEST_PLURAL && (word.endsWith("s") && !word.endsWith("ss") || word.endsWith("ux"))) {
            singular = word.substring(0, word.length() - 1);
            forms.add(singular);
        }
        String masculine = singular;
        for (String[] ending : FEMININE_ENDINGS) {
            if (singular.endsWith(ending[0])) {
                masculine = singular.substring(0, singular.length() - ending[0].length()) + ending[1];
                forms.add(masculine);
                break;
            }
        }
        forms.addAll(trades(masculine));
        if (singular.endsWith("er") && singular.length() >= 6 && !singular.endsWith("eer")) {
            String stem = singular.substring(0, singular.length() - 2);
            for (String ending : TRADE_ENDINGS) {
                forms.add(stem + ending);
            }
        }
        return forms.stream().filter(form -> form.length() >= shortest).toList();
    }

    /** The trades a French worker's name may stand for ({@link #WORKER_ENDINGS}), the longest ending that fits. */
    private static List<String> trades(String worker) {
        if (WORKERS_APART.containsKey(worker)) {
            return List.of(WORKERS_APART.get(worker));
        }
        String[] fits = null;
        for (String[] ending : WORKER_ENDINGS) {
            // "career", "engineer": English words, not a French "-er" worker.
            boolean english = ending[0].equals("er") && worker.endsWith("eer");
            if (worker.endsWith(ending[0]) && worker.length() >= ending[0].length() + SHORTEST_WORKER_STEM && !english
                    && (fits == null || ending[0].length() > fits[0].length())) {
                fits = ending;
            }
        }
        if (fits == null) {
            return List.of();
        }
        String stem = worker.substring(0, worker.length() - fits[0].length());
        return Arrays.stream(fits).skip(1).map(ending -> stem + ending).filter(trade -> !trade.equals(worker))
                .toList();
    }

    /** Everything a person might type to find the item, in both languages, as one indexed text. */
    public static String of(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).map(SearchText::normalize)
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(" "));
    }

    /**
     * A boolean-mode full-text query in which every typed word must match, as a prefix ("soud" finds
     * "soudage"), or one of its other spellings ({@link #spellings}: "+(soudeuse* soudeur*)"), or {@code null} when
     * nothing searchable was typed. Operators typed by the person are removed by the normalisation, so the query
     * cannot be malformed.
     */
    public static String booleanQuery(String typed) {
        String words = Arrays.stream(normalize(typed).split(" "))
                .filter(word -> word.length() >= SHORTEST_INDEXED_WORD)
                .limit(10)
                .map(word -> {
                    List<String> forms = spellings(word, SHORTEST_INDEXED_WORD);
                    return forms.size() == 1 ? "+" + word + "*" : "+(" + word + "*" + forms.stream().skip(1)
                            .map(form -> " " + form + (form.length() >= SHORTEST_PREFIX_SPELLING ? "*" : ""))
                            .collect(Collectors.joining()) + ")";
                })
                .collect(Collectors.joining(" "));
        return words.isEmpty() ? null : words;
    }

    /**
     * "DEP 5298 — Mécanique automobile" becomes "dep-5298-mecanique-automobile": a part of an address, in the letters
     * and digits every address pattern of the site reads ({@code [a-z0-9-]}). A letter of another script (an Arabic
     * or a Chinese title) has no such spelling and is left out; a text made only of such letters is named by a short
     * code of itself, so that two of them still have addresses of their own.
     */
    public static String slug(String... parts) {
        String text = of(parts);
        String slug = text.replaceAll("[^a-z0-9 ]+", " ").strip().replaceAll(" +", "-");
        if (slug.isEmpty() && !text.isEmpty()) {
            slug = "n-" + Integer.toHexString(text.hashCode());
        }
        return slug.length() <= 180 ? slug : slug.substring(0, 180).replaceAll("-+$", "");
    }
}
