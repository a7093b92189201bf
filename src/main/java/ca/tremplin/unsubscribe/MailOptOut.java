package ca.tremplin.unsubscribe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * An address that asked a centre for no more bulk e-mail: when, how and from where. Written once per centre and
 * address by {@link Unsubscriptions#unsubscribe} (a native insert that ignores a second time); read here.
 */
@Entity
@Table(name = "mail_opt_out")
public class MailOptOut {

    /** Where the person unsubscribed: the link's page, or their mail program's button. */
    public enum Channel {
        PAGE("/desabonnement.xhtml"), ONE_CLICK("List-Unsubscribe");

        private final String howSaid;

        Channel(String howSaid) {
            this.howSaid = howSaid;
        }

        /** What the timeline says of it: the page, or the mail header the button used. */
        public String howSaid() {
            return howSaid;
        }
    }

    @Id
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @Column(name = "email_normalized", nullable = false, updatable = false)
    private String emailNormalized;

    @Column(name = "opted_out_at", nullable = false, updatable = false)
    private Instant optedOutAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "ip_address", updatable = false)
    private String ipAddress;

    protected MailOptOut() {
    }

    public String getEmailNormalized() {
        return emailNormalized;
    }

    public Instant getOptedOutAt() {
        return optedOutAt;
    }

    public Channel getChannel() {
        return channel;
    }
}
