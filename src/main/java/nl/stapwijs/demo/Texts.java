package nl.stapwijs.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** A demo sentence in the six shipped languages, in the order nl, en, ar, tr, pl, uk. */
record Texts(String nl, String en, String ar, String tr, String pl, String uk) {

    Map<String, String> byLanguage() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("nl", nl);
        map.put("en", en);
        map.put("ar", ar);
        map.put("tr", tr);
        map.put("pl", pl);
        map.put("uk", uk);
        return map;
    }
}
