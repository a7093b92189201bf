package ca.tremplin.dashboard;

import ca.tremplin.security.Role;
import ca.tremplin.security.UserAccountRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/** Figures of the signed-in person's tenant for the back-office home page (tenant-filtered queries). */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    UserAccountRepository accounts;

    private Long recruiters;
    private Long admins;

    @Transactional
    public long getRecruiters() {
        if (recruiters == null) {
            recruiters = accounts.countJoinedWithRole(Role.RECRUITER);
        }
        return recruiters;
    }

    @Transactional
    public long getAdmins() {
        if (admins == null) {
            admins = accounts.countJoinedWithRole(Role.CSS_ADMIN) + accounts.countJoinedWithRole(Role.PLATFORM_ADMIN);
        }
        return admins;
    }
}
