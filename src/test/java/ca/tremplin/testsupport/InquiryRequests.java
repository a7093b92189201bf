package ca.tremplin.testsupport;

import ca.tremplin.inquiry.InquiryRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Information requests as a person fills them in, for tests: complete and valid unless a test changes them. */
public final class InquiryRequests {

    private InquiryRequests() {
    }

    /** Thị Hoa Nguyễn, from Viet Nam, consenting to be contacted and to news, about these programs. */
    public static InquiryRequest complete(String email, Long... programIds) {
        InquiryRequest request = new InquiryRequest();
        request.setFirstName("Thị Hoa");
        request.setLastName("Nguyễn");
        request.setEmail(email);
        request.setPhone("+84 91 234 56 78");
        request.setCountryOfResidence("VN");
        request.setCitizenship("VN");
        request.setProgramIds(new ArrayList<>(List.of(programIds)));
        request.setConsentToContact(true);
        request.setConsentToNews(true);
        return request;
    }

    public static String uniqueEmail() {
        return "hoa." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }
}
