package nl.stapwijs.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Chromium managed policy of the kiosk. Chromium ignores a policy it does not know or
 * whose value has the wrong type, and says so only on chrome://policy, which the kiosk
 * blocks; so every entry is checked here against its documented name and type
 * (chromeenterprise.google/policies), and the ones that matter against their values.
 */
class KioskPolicyTest {

    private static final String STATION = "http://127.0.0.1:8080";

    private enum Type { BOOLEAN, INTEGER, LIST }

    private static final Map<String, Type> KNOWN = Map.ofEntries(
            Map.entry("URLBlocklist", Type.LIST),
            Map.entry("URLAllowlist", Type.LIST),
            Map.entry("VideoCaptureAllowedUrls", Type.LIST),
            Map.entry("AutoplayAllowlist", Type.LIST),
            Map.entry("AutoplayAllowed", Type.BOOLEAN),
            Map.entry("DeveloperToolsAvailability", Type.INTEGER),
            Map.entry("PasswordManagerEnabled", Type.BOOLEAN),
            Map.entry("TranslateEnabled", Type.BOOLEAN),
            Map.entry("AutofillAddressEnabled", Type.BOOLEAN),
            Map.entry("AutofillCreditCardEnabled", Type.BOOLEAN),
            Map.entry("BrowserSignin", Type.INTEGER),
            Map.entry("SyncDisabled", Type.BOOLEAN),
            Map.entry("BrowserAddPersonEnabled", Type.BOOLEAN),
            Map.entry("BrowserGuestModeEnabled", Type.BOOLEAN),
            Map.entry("IncognitoModeAvailability", Type.INTEGER),
            Map.entry("DefaultBrowserSettingEnabled", Type.BOOLEAN),
            Map.entry("MetricsReportingEnabled", Type.BOOLEAN),
            Map.entry("SpellcheckEnabled", Type.BOOLEAN),
            Map.entry("SearchSuggestEnabled", Type.BOOLEAN),
            Map.entry("PrintingEnabled", Type.BOOLEAN),
            Map.entry("DownloadRestrictions", Type.INTEGER),
            Map.entry("AllowFileSelectionDialogs", Type.BOOLEAN),
            Map.entry("ExtensionInstallBlocklist", Type.LIST),
            Map.entry("DefaultNotificationsSetting", Type.INTEGER),
            Map.entry("DefaultGeolocationSetting", Type.INTEGER),
            Map.entry("AudioCaptureAllowed", Type.BOOLEAN),
            Map.entry("BookmarkBarEnabled", Type.BOOLEAN),
            Map.entry("EditBookmarksEnabled", Type.BOOLEAN),
            Map.entry("ShowHomeButton", Type.BOOLEAN),
            Map.entry("BackgroundModeEnabled", Type.BOOLEAN),
            Map.entry("TaskManagerEndProcessEnabled", Type.BOOLEAN),
            Map.entry("AllowDinosaurEasterEgg", Type.BOOLEAN));

    private final JsonNode policy = read();

    private static JsonNode read() {
        try {
            return JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                    .readTree(Files.readString(HostTools.KIOSK.resolve("chromium/stapwijs-policy.json")));
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("kiosk/chromium/stapwijs-policy.json is not valid JSON", e);
        }
    }

    @Test
    void every_entry_is_a_chromium_policy_with_a_value_of_its_type() {
        assertThat(policy.isObject()).isTrue();
        for (Map.Entry<String, JsonNode> entry : policy.properties()) {
            Type type = KNOWN.get(entry.getKey());
            assertThat(type).as("known policy %s", entry.getKey()).isNotNull();
            JsonNode value = entry.getValue();
            switch (type) {
                case BOOLEAN -> assertThat(value.isBoolean()).as(entry.getKey()).isTrue();
                case INTEGER -> assertThat(value.isInt()).as(entry.getKey()).isTrue();
                case LIST -> assertThat(value.isArray() && strings(value).size() == value.size())
                        .as("%s is a list of strings", entry.getKey()).isTrue();
            }
        }
    }

    @Test
    void the_browser_may_open_only_the_stations_own_address() {
        assertThat(strings(policy.get("URLBlocklist"))).containsExactly("*");
        assertThat(strings(policy.get("URLAllowlist"))).containsExactly(STATION);
        for (String list : Set.of("VideoCaptureAllowedUrls", "AutoplayAllowlist")) {
            assertThat(strings(policy.get(list))).as(list).containsExactly(STATION);
        }
    }

    @Test
    void developer_tools_the_password_manager_and_translation_are_off() {
        // DeveloperToolsAvailability 2: not allowed anywhere.
        assertThat(policy.get("DeveloperToolsAvailability").intValue()).isEqualTo(2);
        assertThat(policy.get("PasswordManagerEnabled").booleanValue()).isFalse();
        assertThat(policy.get("TranslateEnabled").booleanValue()).isFalse();
        assertThat(policy.get("AutoplayAllowed").booleanValue()).isTrue();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(JsonNode::isString)
                .map(JsonNode::stringValue)
                .toList();
    }
}
