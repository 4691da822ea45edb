package com.houqin.system;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

import com.houqin.chat.Buttons;
import com.houqin.chat.form.FormStates;
import com.houqin.outbox.Outbox;
import com.houqin.scheduler.Schedule;
import com.houqin.scheduler.ScheduledTask;
import com.houqin.scheduler.Schedules;
import com.houqin.telegram.InboundUpdates;

/**
 * Removes what is no longer needed: abandoned forms, old buttons, updates handled long ago and
 * delivery history. (The embedded store has no TTL indexes, so this is done by hand.)
 */
@Component
class Housekeeping implements ScheduledTask {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final FormStates forms;
    private final Buttons buttons;
    private final InboundUpdates updates;
    private final Outbox outbox;
    private final Settings settings;

    Housekeeping(FormStates forms, Buttons buttons, InboundUpdates updates, Outbox outbox, Settings settings) {
        this.forms = forms;
        this.buttons = buttons;
        this.updates = updates;
        this.outbox = outbox;
        this.settings = settings;
    }

    @ConfigurationProperties("houqin.housekeeping")
    record Settings(
            @DefaultValue("1h") Duration every,
            @DefaultValue("30d") Duration buttonAge,
            @DefaultValue("3d") Duration updateIdAge,
            @DefaultValue("14d") Duration deliveryHistoryAge) {
    }

    @Override
    public String name() {
        return "housekeeping";
    }

    @Override
    public Schedule schedule() {
        return Schedules.every(settings.every());
    }

    @Override
    public void run(Instant scheduledFor) {
        long forms = this.forms.dropExpired();
        long buttons = this.buttons.forgetOlderThan(settings.buttonAge());
        long updates = this.updates.forgetHandledOlderThan(settings.updateIdAge());
        long history = outbox.forgetHistoryOlderThan(settings.deliveryHistoryAge());
        log.debug("Housekeeping removed {} forms, {} buttons, {} updates, {} delivery records",
                forms, buttons, updates, history);
    }
}
