package com.houqin.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.people.Role;

/** A press on an entry of the /admin menu. */
@Component
class AdminSectionAction implements ButtonAction {

    private final List<AdminSection> sections;

    AdminSectionAction(List<AdminSection> sections) {
        this.sections = sections;
    }

    @Override
    public String name() {
        return AdminCommand.OPEN;
    }

    @Override
    public Access access() {
        return Access.roles(Role.ADMIN);
    }

    @Override
    public void handle(Incoming in, ButtonRecord button) {
        Optional<AdminSection> section = sections.stream().filter(s -> s.id().equals(button.arg("section"))).findFirst();
        if (section.isEmpty()) {
            in.say("chat.button-unknown");
            return;
        }
        in.answerButton(null);
        section.get().open(in);
    }
}
