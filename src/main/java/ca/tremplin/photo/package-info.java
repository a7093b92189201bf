/**
 * Photos that people send from their phones, made safe to publish: checked by their content (never by their name or
 * declared type), bounded in bytes and in pixels before a single pixel is decoded, turned upright as the camera meant
 * them, stripped of everything but their pixels (position, device, date, comments, thumbnails), and re-encoded as a
 * few JPEG variants of fixed widths. {@link ca.tremplin.photo.PhotoProcessor} is the one entry point; a refused photo
 * is a {@link ca.tremplin.photo.PhotoRejectedException} whose reason has a message in both bundles.
 *
 * <p>It knows no feature: what the photos are of, where their variants are kept and who may see them belong to the
 * features that use it.
 */
package ca.tremplin.photo;
