package ca.tremplin.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of trades as people name them: a worker's name stands for its trade, a trade not for its workers. */
class TradeNamesTest {

    @Test
    void aWorkerNamedInTheFeminineStandsForTheTradeAndItsMasculine() {
        assertTrue(TradeNames.formsOf("soudeuse").containsAll(List.of("soudage", "soudure", "soudeur", "welding")));
        assertTrue(TradeNames.formsOf("infirmiere").containsAll(List.of("infirmier", "infirmiers")));
        assertTrue(TradeNames.formsOf("coiffeuse").contains("coiffure"));
        assertTrue(TradeNames.formsOf("electricienne").contains("electricite"));
        assertTrue(TradeNames.formsOf("maconne").contains("maconnerie"));
        assertTrue(TradeNames.formsOf("carpenter").containsAll(List.of("charpenterie", "menuiserie")),
                "a name of two trades stands for both");
    }

    @Test
    void aTradesWordStandsForItsOtherWordsButNotItsWorkers() {
        assertTrue(TradeNames.formsOf("soudure").contains("soudage"));
        assertFalse(TradeNames.formsOf("peinture").contains("peintre"));
        assertTrue(TradeNames.formsOf("ventilation").isEmpty(), "a word of no trade stands for nothing");
    }

    @Test
    void aSlipOfATradesNameStandsForItsTrade() {
        assertTrue(TradeNames.near("sodure", 1, true).containsAll(List.of("soudure", "soudage")));
        assertTrue(TradeNames.near("oudure", 1, true).contains("soudage"), "the first letter left out");
        assertFalse(TradeNames.near("oudure", 1, false).contains("soudage"), "unless the first letter is kept");
        assertTrue(TradeNames.near("coifuese", 2, true).contains("coiffure"), "two slips after the first letter");
        assertTrue(TradeNames.near("xqzwv", 1, true).isEmpty());
    }

    @Test
    void everyNameIsOneWordOfFourLettersOrMore() {
        for (List<String> line : TradeNames.lines()) {
            for (String name : line) {
                assertTrue(name.length() >= 4 && name.chars().allMatch(letter -> letter >= 'a' && letter <= 'z'),
                        name + " in " + line);
            }
        }
    }
}
