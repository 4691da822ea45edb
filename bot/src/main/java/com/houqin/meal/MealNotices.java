package com.houqin.meal;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.outbox.NoticeWriter;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.outbox.PendingNotice;
import com.houqin.people.People;
import com.houqin.telegram.Outgoing;

/** A person a cook added to a meal is told by whom; written with the registration (see {@link MealRegistrations}). */
@Component
class MealNotices implements NoticeWriter<MealRegistration> {

    static final String ADDED_BY_COOK = "added-by-cook";

    private final MealCalendar calendar;
    private final People people;
    private final MealTexts texts;
    private final Outbox outbox;

    MealNotices(MealCalendar calendar, People people, MealTexts texts, Outbox outbox) {
        this.calendar = calendar;
        this.people = people;
        this.texts = texts;
        this.outbox = outbox;
    }

    @Override
    public Class<MealRegistration> documentType() {
        return MealRegistration.class;
    }

    @Override
    public void write(MealRegistration r, PendingNotice notice) {
        if (!ADDED_BY_COOK.equals(notice.kind())) {
            throw new IllegalArgumentException("no meal notice of kind " + notice.kind());
        }
        Slot slot = calendar.slot(r.date(), r.meal()).orElse(null);
        if (slot == null) {
            return; // the meal is no longer served: nothing to tell
        }
        people.find(r.personId()).ifPresent(eater -> {
            Language lang = eater.lang();
            outbox.enqueue(new Notification("meal-added:" + slot.key() + ":" + eater.id() + ":"
                    + notice.at().toEpochMilli(), null, eater.chatId(), Outgoing.text(texts.t(lang,
                    "meal.late.you-were-added", notice.arg("cook"), texts.meal(lang, slot.meal()),
                    texts.onDay(lang, slot.date())))));
        });
    }
}
