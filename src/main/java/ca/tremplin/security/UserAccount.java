package ca.tremplin.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.annotations.TenantId;

/** A staff member's account. Tenant-owned: a CSS sees only its own people. */
@Entity
@Table(name = "user_account")
public class UserAccount implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "preferred_locale", nullable = false)
    private String preferredLocale = "fr";

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active = true;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, Role role, Locale preferredLocale) {
        this.email = normalizeEmail(email);
        this.displayName = cleanedName(displayName);
        this.role = role;
        this.preferredLocale = ca.tremplin.kernel.Languages.code(preferredLocale);
    }

    /**
     * A member of staff's address as it is kept and looked up: the key a person's address is known by
     * ({@link ca.tremplin.kernel.EmailAddresses#key}), without case, the blanks or the zero-width space a paste brings,
     * the name around "Name &lt;address&gt;", and with one spelling of its domain ("école.ca", not "xn--cole-9oa.ca"):
     * the address an admin pasted into an invitation is the one its owner types to sign in or reset their password.
     */
    public static String normalizeEmail(String email) {
        return ca.tremplin.kernel.EmailAddresses.key(email);
    }

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now();
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    /**
     * Stands for the current password without revealing it: a digest of its hash (whose salt changes with every
     * new password). A session remembers the stamp it signed in with; when it no longer matches, the password
     * was changed or reset since, and the session ends.
     */
    String credentialStamp() {
        if (passwordHash == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
        }
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** Where the account stands, as a message key: {@link #statusKey(boolean, boolean)}. */
    public String statusKey() {
        return statusKey(active, hasPassword());
    }

    /**
     * Where an account stands, as a message key: joined and active, invited and waiting, its invitation cancelled
     * (deactivated before its holder ever chose a password: nobody "was deactivated"), or deactivated after joining.
     */
    public static String statusKey(boolean active, boolean joined) {
        if (joined) {
            return active ? "user.status.active" : "user.status.inactive";
        }
        return active ? "user.status.invited" : "user.status.invitationCancelled";
    }

    public Locale locale() {
        return ca.tremplin.kernel.Languages.fromTag(preferredLocale);
    }

    public Long getId() {
        return id;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = cleanedName(displayName);
    }

    /**
     * A member of staff's name as it is shown and mailed: composed, on one line (a line break or a tab pasted in it
     * is a blank: the name goes into subjects, lists and one-line records), blanks squeezed, without the invisible
     * characters a paste brings around it; empty when nothing visible is left.
     */
    public static String cleanedName(String typed) {
        if (typed == null) {
            return "";
        }
        String composed = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFC);
        return INVISIBLE_EDGES.matcher(composed.replaceAll("[\\s\\p{Cc}\\p{Zl}\\p{Zp}]+", " "))
                .replaceAll("");
    }

    /**
     * Blanks and zero-width characters at either end of a name, with the letters and signs that are drawn as a blank
     * (the Hangul fillers, the blank Braille pattern): a name of them alone shows nobody.
     */
    private static final java.util.regex.Pattern INVISIBLE_EDGES = java.util.regex.Pattern.compile(
            "^[\\p{Z}\\s\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u2800]+"
                    + "|[\\p{Z}\\s\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u2800]+$");

    public Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }


    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
