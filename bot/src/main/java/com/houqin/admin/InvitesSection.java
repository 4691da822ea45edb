package com.houqin.admin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.i18n.Formats;
import com.houqin.people.Invite;
import com.houqin.people.Invites;
import com.houqin.people.PeopleProperties;
import com.houqin.people.Role;
import com.houqin.telegram.BotApi;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** Admin: invite links per department, made, listed and revoked. */
@Component
class InvitesSection implements AdminSection, ButtonSet {

    static final String CREATE = "admin.invite.new";
    static final String REVOKE = "admin.invite.revoke";

    private final Invites invites;
    private final PeopleProperties properties;
    private final Formats formats;
    private final BotApi api;

    InvitesSection(Invites invites, PeopleProperties properties, Formats formats, BotApi api) {
        this.invites = invites;
        this.properties = properties;
        this.formats = formats;
        this.api = api;
    }

    @Override
    public String id() {
        return "invites";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String label(Incoming in) {
        return in.t("admin.invites");
    }

    @Override
    public void open(Incoming in) {
        List<Invite> active = invites.active();
        StringBuilder text = new StringBuilder(in.t("admin.invites-title"));
        List<Button> revokes = new ArrayList<>();
        for (Invite invite : active) {
            text.append("\n• ").append(invite.department()).append(" — ").append(link(invite))
                    .append(" (").append(in.t("admin.invite-until", formats.dateTime(invite.expiresAt())))
                    .append(", ").append(in.t("admin.invite-uses", invite.uses())).append(')');
            revokes.add(in.button(in.t("admin.invite-revoke", invite.department(), invite.code().substring(0, 4)),
                    REVOKE, "code", invite.code()));
        }
        if (active.isEmpty()) {
            text.append("\n").append(in.t("admin.invites-none"));
        }
        text.append("\n\n").append(in.t("admin.invite-new"));
        List<Button> creates = properties.departments().stream()
                .map(d -> in.button("➕ " + d, CREATE, "department", d)).toList();
        in.reply(Outgoing.builder(text.toString()).grid(revokes, 1).grid(creates, 2).build());
    }

    private String link(Invite invite) {
        String bot = api.username();
        return bot == null ? "/start " + invite.code() : "https://t.me/" + bot + "?start=" + invite.code();
    }

    @Override
    public List<ButtonAction> buttons() {
        Access admins = Access.roles(Role.ADMIN);
        return List.of(ButtonAction.of(CREATE, admins, this::create), ButtonAction.of(REVOKE, admins, this::revoke));
    }

    private void create(Incoming in, ButtonRecord button) {
        String department = button.arg("department");
        if (!properties.departments().contains(department)) {
            in.say("chat.button-unknown");
            return;
        }
        Invite invite = invites.create(department, in.userId());
        in.answerButton(null);
        in.say("admin.invite-created", department, link(invite), formats.dateTime(invite.expiresAt()), invite.code());
    }

    private void revoke(Incoming in, ButtonRecord button) {
        boolean revoked = invites.revoke(button.arg("code"));
        in.answerButton(in.t(revoked ? "admin.invite-revoked" : "admin.invite-already-revoked"));
        in.say(revoked ? "admin.invite-revoked" : "admin.invite-already-revoked");
    }
}
