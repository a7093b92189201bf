package ca.tremplin.showcase;

import ca.tremplin.photo.PhotoVariant;
import ca.tremplin.photo.ProcessedPhoto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The photos' bytes, in plain SQL so that no entity ever loads a blob by accident. Each photo gets a random key of
 * 128 bits that is part of its address: nobody finds a photo they were not shown, and a new photo is a new address,
 * which lets browsers keep a variant for a year without ever showing an old one.
 */
@ApplicationScoped
public class ShowcasePhotos {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tremplin")
    EntityManager em;

    /**
     * A variant as served: its type, validator and bytes, and whether it is public now (approved, at an active
     * centre), which alone a browser may keep.
     */
    public record StoredVariant(String contentType, String etag, byte[] content, boolean publicNow) {
    }

    /** A variant's size, for the page's {@code srcset}. */
    public record VariantSize(int width, int height) implements java.io.Serializable {
    }

    /** Stores every variant under a new key, in the caller's transaction; returns the key. */
    String store(long tenantId, long profileId, ProcessedPhoto photo) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        for (PhotoVariant variant : photo.variants()) {
            em.createNativeQuery("insert into showcase_photo (tenant_id, profile_id, photo_key, width, height,"
                            + " content_type, etag, content) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, tenantId).setParameter(2, profileId).setParameter(3, key)
                    .setParameter(4, variant.width()).setParameter(5, variant.height())
                    .setParameter(6, variant.contentType()).setParameter(7, variant.etag())
                    .setParameter(8, variant.bytes()).executeUpdate();
        }
        return key;
    }

    /** Every photo of the profile but the one it shows now (after a new photo), or all of them (withdrawal). */
    void deleteAllBut(long profileId, String keptKey) {
        em.createNativeQuery("delete from showcase_photo where profile_id = ?1 and photo_key <> ?2")
                .setParameter(1, profileId).setParameter(2, keptKey == null ? "" : keptKey).executeUpdate();
    }

    /** The sizes of a photo, largest first. */
    @SuppressWarnings("unchecked")
    public List<VariantSize> sizes(String key) {
        List<Object[]> rows = em.createNativeQuery("select width, height from showcase_photo where photo_key = ?1"
                + " order by width desc").setParameter(1, key).getResultList();
        return rows.stream().map(r -> new VariantSize(((Number) r[0]).intValue(), ((Number) r[1]).intValue()))
                .toList();
    }

    /** The sizes of several photos, each largest first, by key: one query for a page of cards or profiles. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, List<VariantSize>> sizes(java.util.Collection<String> keys) {
        java.util.Map<String, List<VariantSize>> sizes = new java.util.LinkedHashMap<>();
        if (keys.isEmpty()) {
            return sizes;
        }
        List<Object[]> rows = em.createNativeQuery("select photo_key, width, height from showcase_photo"
                + " where photo_key in (?1) order by width desc").setParameter(1, keys).getResultList();
        for (Object[] row : rows) {
            sizes.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>()).add(new VariantSize(
                    ((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
        }
        return sizes;
    }

    /**
     * A variant of the photo of one profile, whatever its status: for the person's own page and their guardian's,
     * which open it by their private link before any moderator approved it. Never to be kept by a cache: the link that
     * opened it is in its address.
     */
    @SuppressWarnings("unchecked")
    Optional<StoredVariant> variantOfProfile(String key, int width, long profileId) {
        List<Object[]> rows = em.createNativeQuery("select v.content_type, v.etag, v.content from showcase_photo v"
                        + " join showcase_profile p on p.id = v.profile_id and p.photo_key = v.photo_key"
                        + " where v.photo_key = ?1 and v.width = ?2 and p.id = ?3")
                .setParameter(1, key).setParameter(2, width).setParameter(3, profileId).getResultList();
        return rows.stream().findFirst().map(r -> new StoredVariant((String) r[0], (String) r[1], (byte[]) r[2],
                false));
    }

    /**
     * A variant of a photo, across tenants on purpose: while its profile is public (then one a browser may keep), or,
     * not public, for the staff of the profile's centre ({@code staffTenantId}, null for a visitor) who moderate it.
     */
    @SuppressWarnings("unchecked")
    public Optional<StoredVariant> variantAcrossTenants(String key, int width, Long staffTenantId) {
        List<Object[]> rows = em.createNativeQuery("select v.content_type, v.etag, v.content,"
                        + " case when p.status = 'APPROVED' and t.active then 1 else 0 end from showcase_photo v"
                        + " join showcase_profile p on p.id = v.profile_id and p.photo_key = v.photo_key"
                        + " join tenant t on t.id = p.tenant_id"
                        + " where v.photo_key = ?1 and v.width = ?2"
                        + " and ((p.status = 'APPROVED' and t.active) or p.tenant_id = ?3)")
                .setParameter(1, key).setParameter(2, width).setParameter(3, staffTenantId == null ? -1L
                        : staffTenantId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new StoredVariant((String) r[0], (String) r[1], (byte[]) r[2],
                ((Number) r[3]).intValue() == 1));
    }
}
