package ca.tremplin.catalog;

import ca.tremplin.kernel.Languages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** One of Québec's training sectors (reference data, loaded by migration V2). */
@Entity
@Table(name = "training_sector")
public class TrainingSector {

    @Id
    private String code;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected TrainingSector() {
    }

    public String localizedName(Locale locale) {
        return Languages.isEnglish(locale) ? nameEn : nameFr;
    }

    public String getCode() {
        return code;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getNameEn() {
        return nameEn;
    }
}
