package ca.tremplin.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A program's photo, re-encoded as JPEG on upload, stored apart so that reading a program never loads it.
 * Reached only through its program, whose tenant filter decides who may see or change it.
 */
@Entity
@Table(name = "program_photo")
public class ProgramPhoto {

    @Id
    @Column(name = "program_id")
    private Long programId;

    @Column(name = "image_jpeg", nullable = false)
    private byte[] imageJpeg;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProgramPhoto() {
    }

    ProgramPhoto(long programId, byte[] imageJpeg, Instant updatedAt) {
        this.programId = programId;
        this.imageJpeg = imageJpeg;
        this.updatedAt = updatedAt;
    }

    void replace(byte[] jpeg, Instant when) {
        this.imageJpeg = jpeg;
        this.updatedAt = when;
    }

    public byte[] getImageJpeg() {
        return imageJpeg;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
