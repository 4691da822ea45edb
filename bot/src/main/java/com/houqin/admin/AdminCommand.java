package com.houqin.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Command;
import com.houqin.chat.Incoming;
import com.houqin.people.Role;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** /admin: the admin's menu, made of the {@link AdminSection}s of every feature, one button each. */
@Component
class AdminCommand implements Command, ButtonSet {

    static final String OPEN = "admin.open";

    private final List<AdminSection> sections;

    AdminCommand(List<AdminSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(AdminSection::order)).toList();
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public Access access() {
        return Access.roles(Role.ADMIN);
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void handle(Incoming in, String args) {
        List<Button> entries = sections.stream().map(s -> in.button(s.label(in), OPEN, "section", s.id())).toList();
        in.reply(Outgoing.builder(in.t("admin.menu")).grid(entries, 1).build());
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(ButtonAction.of(OPEN, Access.roles(Role.ADMIN), this::open));
    }

    /** A press on an entry of the menu. */
    private void open(Incoming in, ButtonRecord button) {
        Optional<AdminSection> section = sections.stream().filter(s -> s.id().equals(button.arg("section"))).findFirst();
        if (section.isEmpty()) {
            in.say("chat.button-unknown");
            return;
        }
        in.answerButton(null);
        section.get().open(in);
    }
}
