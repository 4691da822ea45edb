package com.houqin.chat.form;

import java.util.List;

import com.houqin.chat.Incoming;

/**
 * Optional photos: the person sends as many as they like (up to a limit), then taps Done,
 * or Skip when there are none.
 */
public final class PhotoStep implements Step {

    public static final String DONE = "done";
    /** Marks the step answered (no dots: they are not allowed in stored keys). */
    public static final String DONE_SUFFIX = ":done";
    private final String id;
    private final String promptKey;
    private final int max;
    private final boolean onlyIfNone;

    public PhotoStep(String id, String promptKey, int max) {
        this(id, promptKey, max, false);
    }

    /** @param onlyIfNone skip the step when photos came earlier (sent with an earlier answer) */
    public PhotoStep(String id, String promptKey, int max, boolean onlyIfNone) {
        this.id = id;
        this.promptKey = promptKey;
        this.max = max;
        this.onlyIfNone = onlyIfNone;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean applies(FormData data) {
        return !data.has(id + DONE_SUFFIX) && !(onlyIfNone && !data.getList(id).isEmpty());
    }

    @Override
    public Prompt prompt(Incoming in, FormData data) {
        int count = data.getList(id).size();
        String label = count == 0 ? in.t("form.photos.skip") : in.t("form.photos.done", count);
        return Prompt.of(in.t(promptKey), List.of(new Choice(label, DONE)), 1);
    }

    @Override
    public Answer answer(Incoming in, FormData data, Input input) {
        if (input.isChoice() && DONE.equals(input.choice())) {
            data.put(id + DONE_SUFFIX, "true");
            if (!data.has(id)) {
                data.putList(id, List.of());
            }
            return Answer.next();
        }
        if (input.isPhoto()) {
            if (data.getList(id).size() >= max) {
                return Answer.retry("form.photos.too-many", max);
            }
            data.add(id, input.photoId());
            int count = data.getList(id).size();
            return Answer.stay(Prompt.of(in.t("form.photos.added", count),
                    List.of(new Choice(in.t("form.photos.done", count), DONE)), 1));
        }
        return Answer.retry("form.photos.expected");
    }
}
