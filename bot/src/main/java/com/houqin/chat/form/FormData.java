package com.houqin.chat.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers of a form so far: strings, or lists of strings (photo ids). Stored with the form. */
public final class FormData {

    private final Map<String, Object> values;
    private final String formId;

    FormData(Map<String, Object> values, String formId) {
        this.values = new LinkedHashMap<>(values == null ? Map.of() : values);
        this.formId = formId;
    }

    /**
     * Names this filling-in of the form: the same when its completion is done again after a crash,
     * so what it creates can be created once (a ticket, a booking).
     */
    public String formId() {
        return formId;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String get(String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString();
    }

    public String get(String key, String fallback) {
        String v = get(key);
        return v == null ? fallback : v;
    }

    public int getInt(String key, int fallback) {
        String v = get(key);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @SuppressWarnings("unchecked")
    public List<String> getList(String key) {
        Object v = values.get(key);
        if (v instanceof List<?> list) {
            return List.copyOf((List<String>) list);
        }
        return List.of();
    }

    public FormData put(String key, String value) {
        values.put(key, value);
        return this;
    }

    public FormData add(String key, String item) {
        List<String> list = new ArrayList<>(getList(key));
        list.add(item);
        values.put(key, list);
        return this;
    }

    public FormData putList(String key, List<String> items) {
        values.put(key, new ArrayList<>(items));
        return this;
    }

    public FormData remove(String key) {
        values.remove(key);
        return this;
    }

    public Map<String, Object> asMap() {
        return new LinkedHashMap<>(values);
    }
}
