package ca.tremplin.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The catalogue's trades as people name them ({@code trade-names.txt}): the words a trade's programs are titled by,
 * and its workers' names in the masculine and the feminine, in French and in English. A student types the name of
 * the trade she wants to do, "soudeuse", "infirmière", "coiffeuse", where the programs say "Soudage", "soins
 * infirmiers", "Coiffure" and, at best, "soudeur": the endings {@link SearchText#spellings} knows do not make
 * "soudure" of "soudeuse", nor "maçonnerie" of "maçonne".
 *
 * <p>A worker's name stands for every word of its trade; a trade's word for its trade's other words only, so that
 * "peinture" does not bring the painter's programs before the painting ones. A word a slip away from one of these
 * names ({@link #near}) stands for the same words: "sodure" is "soudure".
 */
final class TradeNames {

    /** One trade: the words its programs are found by, then its workers' names. */
    private record Trade(List<String> trades, List<String> workers) {
        List<String> names() {
            List<String> names = new ArrayList<>(trades);
            names.addAll(workers);
            return names;
        }
    }

    private static final List<Trade> TRADES = read();

    private TradeNames() {
    }

    /** The other words a normalised word stands for, when it names a trade or a worker of the list; else none. */
    static List<String> formsOf(String word) {
        Set<String> forms = new LinkedHashSet<>();
        for (Trade trade : TRADES) {
            if (trade.workers().contains(word)) {
                forms.addAll(trade.trades());
                forms.addAll(trade.workers());
            } else if (trade.trades().contains(word)) {
                forms.addAll(trade.trades());
            }
        }
        forms.remove(word);
        return List.copyOf(forms);
    }

    /**
     * The words that a normalised word a slip away from a trade's or a worker's name stands for ("sodure": "soudure",
     * "soudage", "welding"), the names it is a slip of included: up to {@code slips} letters inserted, left out,
     * replaced or two swapped after a first letter as typed, and, when {@code firstLetterToo}, one on any letter.
     * Lucene's own Levenshtein automata, those of its fuzzy query.
     */
    static List<String> near(String word, int slips, boolean firstLetterToo) {
        if (slips <= 0) {
            return List.of();
        }
        CharacterRunAutomaton anywhere = firstLetterToo
                ? new CharacterRunAutomaton(new LevenshteinAutomata(word, true).toAutomaton(1)) : null;
        CharacterRunAutomaton afterFirst = new CharacterRunAutomaton(
                new LevenshteinAutomata(word.substring(1), true).toAutomaton(slips, word.substring(0, 1)));
        Set<String> forms = new LinkedHashSet<>();
        for (Trade trade : TRADES) {
            for (String name : trade.names()) {
                if (!name.equals(word) && (afterFirst.run(name) || anywhere != null && anywhere.run(name))) {
                    forms.add(name);
                    forms.addAll(formsOf(name));
                }
            }
        }
        forms.remove(word);
        return List.copyOf(forms);
    }

    /** Every name of the list, normalised: for its own test. */
    static List<List<String>> lines() {
        return TRADES.stream().map(Trade::names).toList();
    }

    private static List<Trade> read() {
        List<Trade> trades = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                TradeNames.class.getResourceAsStream("trade-names.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] sides = line.split("\\|", -1);
                if (sides.length != 2) {
                    throw new IllegalStateException("trade-names.txt: no bar between trade and workers in " + line);
                }
                trades.add(new Trade(words(sides[0], line), words(sides[1], line)));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("trade-names.txt is part of the application", unreadable);
        }
        return List.copyOf(trades);
    }

    private static List<String> words(String side, String line) {
        List<String> words = new ArrayList<>();
        for (String written : side.split(",")) {
            if (written.isBlank()) {
                continue;
            }
            String word = SearchText.normalize(written);
            if (word.contains(" ")) {
                throw new IllegalStateException("trade-names.txt: one word a name, not \"" + written + "\" in " + line);
            }
            words.add(word);
        }
        return List.copyOf(words);
    }
}
