package ca.tremplin.showcase;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of a profile's form, the same for posting and editing: what is required, how long each text may be, the
 * two consents (publication, image rights) and the one about other people in the photo, and a parent's or guardian's
 * name and address under 14. Each broken rule names its field, so that the form shows every problem at once.
 */
final class ProfileRules {

    static final int NAME_MAX = 60;
    static final int TRADE_MAX = 120;
    static final int WORKPLACE_MAX = 120;
    static final int TESTIMONY_MIN = 20;
    static final int TESTIMONY_MAX = 1200;
    static final int LANGUAGES_MAX = 120;
    static final int EMAIL_MAX = 254;
    static final int GUARDIAN_AGE = 14;
    private static final Pattern EMAIL = Pattern.compile(ca.tremplin.kernel.EmailAddresses.ADDRESS);

    private ProfileRules() {
    }

    /**
     * The content, or every problem found; {@code thisYear} decides who is under 14 (born this year minus 14 or
     * later: the youngest reading, so that a doubt asks the guardian).
     */
    static ProfileContent check(ProfilePost post, int thisYear) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = text(post.displayName());
        if (name == null) {
            problems.put("displayName", "showcase.error.displayNameRequired");
        } else if (name.length() > NAME_MAX) {
            problems.put("displayName", "showcase.error.displayNameTooLong");
        }
        if (post.programId() == null) {
            problems.put("program", "showcase.error.programRequired");
        }
        String trade = text(post.trade());
        if (trade == null) {
            problems.put("trade", "showcase.error.tradeRequired");
        } else if (trade.length() > TRADE_MAX) {
            problems.put("trade", "showcase.error.tooLong");
        }
        String workplace = text(post.workplace());
        if (workplace != null && workplace.length() > WORKPLACE_MAX) {
            problems.put("workplace", "showcase.error.tooLong");
        }
        String testimony = text(post.testimony());
        if (testimony == null || testimony.length() < TESTIMONY_MIN) {
            problems.put("testimony", "showcase.error.testimonyTooShort");
        } else if (testimony.length() > TESTIMONY_MAX) {
            problems.put("testimony", "showcase.error.testimonyTooLong");
        }
        String languages = text(post.languagesSpoken());
        if (languages != null && languages.length() > LANGUAGES_MAX) {
            problems.put("languages", "showcase.error.tooLong");
        }
        String email = address(post.email());
        if (email == null) {
            problems.put("email", "showcase.error.emailRequired");
        } else if (!EMAIL.matcher(email).matches() || email.length() > EMAIL_MAX) {
            problems.put("email", "showcase.error.emailInvalid");
        }
        boolean underFourteen = false;
        if (post.birthYear() == null || post.birthYear() < thisYear - 100 || post.birthYear() > thisYear) {
            problems.put("birthYear", "showcase.error.birthYear");
        } else {
            // Born 14 years ago, a person may still be 13 until their birthday: the guardian is asked.
            underFourteen = thisYear - post.birthYear() <= GUARDIAN_AGE;
        }
        String guardianName = text(post.guardianName());
        String guardianEmail = address(post.guardianEmail());
        if (underFourteen) {
            if (guardianName == null || guardianName.length() > 200) {
                problems.put("guardianName", "showcase.error.guardianNameRequired");
            }
            if (guardianEmail == null || !EMAIL.matcher(guardianEmail).matches()
                    || guardianEmail.length() > EMAIL_MAX) {
                problems.put("guardianEmail", "showcase.error.guardianEmailRequired");
            } else if (guardianEmail.equals(email)) {
                problems.put("guardianEmail", "showcase.error.guardianEmailSame");
            }
        }
        if (!post.publicationConsent()) {
            problems.put("publicationConsent", "showcase.error.publicationConsent");
        }
        if (!post.imageConsent()) {
            problems.put("imageConsent", "showcase.error.imageConsent");
        }
        if (!post.othersInPhotoConsented()) {
            problems.put("othersConsent", "showcase.error.othersConsent");
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return new ProfileContent(name, post.programId(), trade, workplace, testimony, languages, email, underFourteen,
                underFourteen ? guardianName : null, underFourteen ? guardianEmail : null, true);
    }

    private static String text(String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = typed.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** An address as a person's key: the apprentice's profile is theirs at the centre by it, as their lead is. */
    private static String address(String typed) {
        String text = text(typed);
        return text == null ? null : ca.tremplin.person.ContactDetails.normalizeEmail(text);
    }
}
