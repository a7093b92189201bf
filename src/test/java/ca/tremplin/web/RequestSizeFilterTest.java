package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ca.tremplin.applicant.ApplicantFileLimit;
import ca.tremplin.application.ApplicationCvLimit;
import ca.tremplin.kernel.FileSize;
import ca.tremplin.kernel.Languages;
import ca.tremplin.kernel.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestSizeFilterTest {

    @Test
    void onlyTheImportOfAttendeeListsTakesTheListenersWholeLimit() {
        assertEquals(Long.MAX_VALUE, RequestSizeFilter.limitFor("/api/staff/events/12/imports"));
        assertEquals(RequestSizeFilter.IMPORT_PAGE_LIMIT, RequestSizeFilter.limitFor("/admin/import.xhtml"));
        assertEquals(RequestSizeFilter.USUAL_LIMIT, RequestSizeFilter.limitFor("/api/staff/events/12/captures"));
        assertEquals(RequestSizeFilter.USUAL_LIMIT, RequestSizeFilter.limitFor("/api/staff/events/x/imports"));
        assertEquals(RequestSizeFilter.USUAL_LIMIT, RequestSizeFilter.limitFor("/fr/information"));
    }

    /**
     * A person told "10 Mo" on the applicant's page would try again with a file of 9 that the page refuses in turn:
     * the page whose one file has a limit of its own says that limit.
     */
    @Test
    void aFormRefusedForItsSizeNamesItsFilesOwnLimitWhereThePageHasOne() {
        List<PageFileLimit> limits = List.of(new ApplicantFileLimit(), new ApplicationCvLimit());

        assertEquals(8, RequestSizeFilter.fileLimitFor("/dossier.xhtml", limits));
        assertEquals(8, RequestSizeFilter.fileLimitFor("/apply.xhtml", limits));
        assertNull(RequestSizeFilter.fileLimitFor("/fr/information", limits), "a form without a file: the request's");
        assertEquals("Ce que vous avez envoyé pèse 11,6 Mo, plus que les 8 Mo permis pour le fichier de cette page. "
                + "Rien n’a été enregistré : envoyez un fichier de 8 Mo au plus.", Messages.get(Languages.FRENCH,
                "error.tooLarge.sizedFile", new FileSize(11L * 1024 * 1024), 8));
        assertEquals("What you sent is 11.6 MB, larger than the 8 MB allowed for this page’s file. Nothing was saved: "
                + "send a file of 8 MB or less.", Messages.get(Languages.ENGLISH, "error.tooLarge.sizedFile",
                new FileSize(11L * 1024 * 1024), 8));
    }
}
