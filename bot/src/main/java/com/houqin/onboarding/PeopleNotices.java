package com.houqin.onboarding;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.outbox.NoticeWriter;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.outbox.PendingNotice;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.PersonNews;
import com.houqin.people.Role;
import com.houqin.telegram.Outgoing;

/**
 * What changes to a person tell others, written into the person's document by the change itself
 * (see {@link People}): a request to join goes to every admin, a decision to the applicant (and
 * the other admins' copies say who decided), a new role or a deactivation to the person.
 */
@Component
class PeopleNotices implements NoticeWriter<Person> {

    private final People people;
    private final Outbox outbox;
    private final ApprovalCards cards;
    private final Texts texts;
    private final DeepLinks deepLinks;

    PeopleNotices(People people, Outbox outbox, ApprovalCards cards, Texts texts, DeepLinks deepLinks) {
        this.people = people;
        this.outbox = outbox;
        this.cards = cards;
        this.texts = texts;
        this.deepLinks = deepLinks;
    }

    @Override
    public Class<Person> documentType() {
        return Person.class;
    }

    @Override
    public void write(Person person, PendingNotice notice) {
        String group = notice.arg("application");
        switch (notice.kind()) {
            case PersonNews.APPLIED -> {
                for (Person admin : people.withRole(Role.ADMIN)) {
                    outbox.enqueue(new Notification(group + ":admin:" + admin.id(), group, admin.chatId(),
                            cards.request(admin, person)));
                }
            }
            case PersonNews.DECIDED -> decided(person, group, "true".equals(notice.arg("approved")), notice.arg("by"));
            case PersonNews.ROLE_ADDED -> {
                Role role = Role.valueOf(notice.arg("role"));
                Language lang = person.lang();
                outbox.enqueue(new Notification("role:" + person.id() + ":" + role + ":" + notice.arg("key"), null,
                        person.chatId(), Outgoing.text(texts.get(lang, "admin.you-got-role",
                        texts.get(lang, role.textKey())))));
            }
            case PersonNews.DEACTIVATED -> outbox.enqueue(new Notification("deactivated:" + person.id() + ":" + notice.arg("key"),
                    null, person.chatId(), Outgoing.text(texts.get(person.lang(), "access.deactivated"))));
            default -> throw new IllegalArgumentException("no people notice of kind " + notice.kind());
        }
    }

    private void decided(Person applicant, String group, boolean approved, String adminName) {
        Language lang = applicant.lang();
        Outgoing.Builder outcome = Outgoing.builder(texts.get(lang, approved ? "join.approved-you" : "join.rejected-you",
                applicant.displayName()));
        if (approved) {
            deepLinks.resumeButton(applicant, lang).ifPresent(outcome::row);
        }
        outbox.enqueue(new Notification(group + ":outcome", null, applicant.chatId(), outcome.build()));
        outbox.updateGroup(group, "decided", chatId -> cards.decided(
                people.find(chatId).map(Person::lang).orElse(Language.EN), applicant, approved, adminName));
    }
}
