package ca.tremplin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
