package ca.tremplin.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.tremplin.kernel.BusinessRuleException;
import ca.tremplin.kernel.Languages;
import org.junit.jupiter.api.Test;

/** An offer's derived fields and its workflow, which keeps status and filled positions consistent. */
class OfferTest {

    @Test
    void slugAndSearchTextAreDerivedWithoutAccentsOrCase() {
        Offer offer = offer(2);

        offer.deriveSearchFields();

        assertEquals("garage-belanger-et-fils-mecanique-automobile", offer.getSlug());
        assertEquals("mecanique automobile automotive mechanic garage belanger et fils sept iles"
                + " entretien de vehicules legers light vehicle maintenance", offer.getSearchText());
    }

    @Test
    void textsFollowTheLanguage() {
        Offer offer = offer(2);

        assertEquals("Mécanique automobile", offer.trade(Languages.FRENCH));
        assertEquals("Automotive mechanic", offer.trade(Languages.ENGLISH));
        assertEquals("Light-vehicle maintenance.", offer.description(Languages.ENGLISH));
        assertEquals("Entretien de véhicules légers.", offer.description(Languages.FRENCH));
    }

    @Test
    void fillingTheLastPositionMakesTheOfferFilledAndFreeingOneOpensItAgain() {
        Offer offer = openOffer(3);

        offer.recordFilledPositions(2);
        assertEquals(OfferStatus.OPEN, offer.getStatus());
        assertEquals(1, offer.openPositions());

        offer.recordFilledPositions(3);
        assertEquals(OfferStatus.FILLED, offer.getStatus());
        assertEquals(0, offer.openPositions());

        offer.recordFilledPositions(2);
        assertEquals(OfferStatus.OPEN, offer.getStatus());
    }

    @Test
    void recordingFilledPositionsNeverPublishesADraftNorReopensAClosedOffer() {
        Offer draft = offer(1);
        draft.recordFilledPositions(1);
        draft.recordFilledPositions(0);
        assertEquals(OfferStatus.DRAFT, draft.getStatus(), "nobody opened it");
        assertFalse(draft.isOpen());

        Offer closed = openOffer(1);
        closed.changeStatus(OfferStatus.CLOSED);
        closed.recordFilledPositions(1);
        assertEquals(OfferStatus.CLOSED, closed.getStatus());
        closed.recordFilledPositions(0);
        assertEquals(OfferStatus.CLOSED, closed.getStatus(), "closed by staff, it stays closed");
    }

    @Test
    void filledPositionsStayBetweenZeroAndThePositions() {
        Offer offer = openOffer(2);

        BusinessRuleException tooMany = assertThrows(BusinessRuleException.class,
                () -> offer.recordFilledPositions(3));
        assertEquals("offer.filledOutOfRange", tooMany.messageKey());
        assertThrows(BusinessRuleException.class, () -> offer.recordFilledPositions(-1));
        assertEquals(0, offer.getPositionsFilled());
        assertTrue(offer.isFilledWithinPositions());
    }

    @Test
    void filledIsNeverChosenAndAnOfferWithoutOpenPositionCannotBeOpened() {
        Offer offer = offer(1);

        assertEquals("offer.filledFollowsPositions",
                assertThrows(BusinessRuleException.class, () -> offer.changeStatus(OfferStatus.FILLED)).messageKey());
        offer.recordFilledPositions(1);
        offer.changeStatus(OfferStatus.CLOSED);
        assertEquals("offer.noOpenPosition",
                assertThrows(BusinessRuleException.class, () -> offer.changeStatus(OfferStatus.OPEN)).messageKey());
        assertEquals(OfferStatus.CLOSED, offer.getStatus());
    }

    @Test
    void aNewOfferStartsAsADraftWhateverTheFormCarried() {
        Offer offer = openOffer(2);
        offer.recordFilledPositions(1);

        offer.startAsDraft();

        assertEquals(OfferStatus.DRAFT, offer.getStatus());
        assertEquals(0, offer.getPositionsFilled());
        assertFalse(offer.isOpen());
    }

    @Test
    void aFormsSaveKeepsTheStoredWorkflowAndTheStatusFollowsThePositions() {
        Offer stored = openOffer(3);
        stored.recordFilledPositions(2);
        stored.takeFormOf(offer(2));
        assertEquals(OfferStatus.FILLED, stored.getStatus(), "two positions, both filled");
        assertEquals(2, stored.getPositionsFilled());

        stored.takeFormOf(offer(5));
        assertEquals(OfferStatus.OPEN, stored.getStatus());
        assertEquals(3, stored.openPositions());

        BusinessRuleException tooFew = assertThrows(BusinessRuleException.class, () -> stored.takeFormOf(offer(1)));
        assertEquals("offer.fewerPositionsThanFilled", tooFew.messageKey());
        assertEquals(5, stored.getPositions(), "nothing of the refused form taken");
    }

    /**
     * A form opened before a colleague's hire holds the offer's filled positions and status as they were: its save
     * takes the fields it shows, never those (the hire stays counted, the offer filled).
     */
    @Test
    void aFormOpenedBeforeAHireSavesItsFieldsAndLeavesTheHireCounted() {
        Offer opened = openOffer(2);
        Offer stored = openOffer(2);
        stored.recordFilledPositions(2);
        opened.setTradeFr("Mécanique de véhicules lourds");

        stored.takeFormOf(opened);

        assertEquals("Mécanique de véhicules lourds", stored.getTradeFr());
        assertEquals(2, stored.getPositionsFilled(), "the hire is not undone");
        assertEquals(OfferStatus.FILLED, stored.getStatus());
        assertEquals("garage-belanger-et-fils-mecanique-de-vehicules-lourds", stored.getSlug());
    }

    @Test
    void aFormComparesWithTheOfferAsReadIgnoringFilledPositionsOnly() {
        Offer opened = openOffer(2);
        opened.asStored();
        Offer hiredSince = openOffer(2);
        hiredSince.recordFilledPositions(2);
        assertTrue(hiredSince.changedOnlyInFilledPositionsSince(opened), "a hire changed no field of the form");

        Offer editedSince = openOffer(2);
        editedSince.setCity("Baie-Comeau");
        assertFalse(editedSince.changedOnlyInFilledPositionsSince(opened));
        Offer closedSince = openOffer(2);
        closedSince.changeStatus(OfferStatus.CLOSED);
        assertFalse(closedSince.changedOnlyInFilledPositionsSince(opened));
        assertFalse(hiredSince.changedOnlyInFilledPositionsSince(openOffer(2)), "never read: nothing to compare");
    }

    @Test
    void aFilledOfferSavedWithATypoCorrectedStaysFilled() {
        Offer stored = openOffer(2);
        stored.recordFilledPositions(2);
        assertEquals(OfferStatus.FILLED, stored.getStatus());

        stored.takeFormOf(offer(2));

        assertEquals(OfferStatus.FILLED, stored.getStatus(), "every position still filled: off the board");
        assertFalse(stored.isOpen());
    }

    @Test
    void anEditsHistoryNamesTheDeadlineAndPositionsChangedAndTheDescriptionByItsLengths() {
        Offer stored = offer(2);
        stored.setApplicationDeadline(java.time.LocalDate.of(2027, 4, 30));
        Offer edited = offer(3);
        edited.setApplicationDeadline(java.time.LocalDate.of(2027, 5, 15));
        edited.setDescriptionFr("Entretien et réparation de véhicules légers.");

        assertEquals(java.util.List.of("POSITIONS (2 → 3)", "DEADLINE (2027-04-30 → 2027-05-15)",
                "DESCRIPTION_FR {30 → 44}"), stored.changedFields(edited));
    }

    @Test
    void anEditsHistorySaysTheContactAtTheEmployerChangedWithoutThePersonsNameEmailOrPhone() {
        Offer stored = offer(2);
        stored.setContactName("Jean Bélanger");
        stored.setContactEmail("jean@garage-belanger.example");
        stored.setContactPhone("+14189625555");
        Offer edited = offer(2);
        edited.setContactName("Marie Bélanger");
        edited.setContactEmail("marie@garage-belanger.example");
        edited.setContactPhone("+14189626666");

        java.util.List<String> lines = stored.changedFields(edited);
        assertEquals(java.util.List.of("CONTACT_NAME", "CONTACT_EMAIL", "CONTACT_PHONE"), lines);
        assertFalse(String.join(" ", lines).contains("Bélanger"), "no one's name in the history");
    }

    /**
     * Staff read an open offer whose last day to apply passed as listed nowhere, in both languages; every other status,
     * and an open offer still taking applications, by its own name.
     */
    @Test
    void anOpenOfferPastItsDeadlineSaysStaffItIsNotListed() {
        assertEquals("offer.status.openDeadlinePassed", Offer.statusKey(OfferStatus.OPEN, true));
        assertEquals("offer.status.OPEN", Offer.statusKey(OfferStatus.OPEN, false));
        for (OfferStatus status : java.util.List.of(OfferStatus.DRAFT, OfferStatus.FILLED, OfferStatus.CLOSED)) {
            assertEquals(status.messageKey(), Offer.statusKey(status, true), status.name());
        }
        assertEquals("Ouverte, date limite passée (non affichée)", ca.tremplin.kernel.Messages.get(Languages.FRENCH,
                Offer.statusKey(OfferStatus.OPEN, true)));
        assertEquals("Open, deadline passed (not listed)", ca.tremplin.kernel.Messages.get(Languages.ENGLISH,
                Offer.statusKey(OfferStatus.OPEN, true)));
    }

    private static Offer openOffer(int positions) {
        Offer offer = offer(positions);
        offer.changeStatus(OfferStatus.OPEN);
        return offer;
    }

    private static Offer offer(int positions) {
        Offer offer = new Offer();
        offer.setEmployerName("Garage Bélanger et Fils");
        offer.setCity("Sept-Îles");
        offer.setTradeFr("Mécanique automobile");
        offer.setTradeEn("Automotive mechanic");
        offer.setDescriptionFr("Entretien de véhicules légers.");
        offer.setDescriptionEn("Light-vehicle maintenance.");
        offer.setPositions(positions);
        return offer;
    }
}
