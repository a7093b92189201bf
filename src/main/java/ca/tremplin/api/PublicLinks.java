package ca.tremplin.api;

import ca.tremplin.catalog.ProgramCard;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.PublicAddress;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The absolute addresses of a program's public pages, in French and in English. */
@JsonbPropertyOrder({"fr", "en"})
public record PublicLinks(String fr, String en) {

    static PublicLinks of(ProgramCard card) {
        return new PublicLinks(PublicAddress.of(card.path(Languages.FRENCH)),
                PublicAddress.of(card.path(Languages.ENGLISH)));
    }
}
