package nl.stapwijs.demo;

import static nl.stapwijs.workforce.Scheme.BESCHUT;
import static nl.stapwijs.workforce.Scheme.LKS;
import static nl.stapwijs.workforce.Scheme.WSW;

import java.util.List;
import java.util.Map;
import nl.stapwijs.demo.DemoTask.DemoStep;

/**
 * The demo workshop's master data. Names are invented; pictures are OpenMoji pictograms
 * (CC BY-SA 4.0) standing in for photos of the real objects.
 */
final class DemoCatalog {

    private DemoCatalog() {
    }

    /** Site code → Dutch name (the demo's three sites). */
    static final Map<String, String> SITES = Map.of("MON", "Montage", "VER", "Verpakken", "GRO", "Groen");

    static final List<String> SITE_ORDER = List.of("MON", "VER", "GRO");

    static final Map<String, List<String>> STATIONS = Map.of(
            "MON", List.of("MON-1", "MON-2", "MON-3", "MON-4"),
            "VER", List.of("VER-1", "VER-2", "VER-3", "VER-4", "VER-5"),
            "GRO", List.of("GRO-1", "GRO-2", "GRO-3"));

    static final List<DemoWorker> WORKERS = List.of(
            new DemoWorker("P-1001", "Fatima", "Benali", "MON", "MON-1", "ar", "1F9D5", BESCHUT, 32, 0.72, 0.18, 0.35, 0.02),
            new DemoWorker("P-1002", "Jan", "de Vries", "MON", "MON-2", "nl", "1F468", WSW, 36, 0.88, 0.02, 0.10, 0.01),
            new DemoWorker("P-1003", "Olena", "Kovalenko", "MON", "MON-3", "uk", "1F469-200D-1F9B0", LKS, 28, 0.64, 0.15, 0.45, 0.04),
            new DemoWorker("P-1004", "Mehmet", "Yilmaz", "MON", "MON-4", "tr", "1F9D4-200D-2642-FE0F", WSW, 32, 0.55, 0.05, 0.60, 0.05),
            new DemoWorker("P-1005", "Sanne", "Bakker", "VER", "VER-1", "nl", "1F471-200D-2640-FE0F", BESCHUT, 24, 0.60, 0.20, 0.50, 0.03),
            new DemoWorker("P-1006", "Piotr", "Nowak", "VER", "VER-2", "pl", "1F9D3", LKS, 36, 0.92, 0.01, 0.05, 0.01),
            new DemoWorker("P-1007", "Ahmed", "El Amrani", "VER", "VER-3", "ar", "1F468-1F3FE", BESCHUT, 32, 0.66, 0.10, 0.30, 0.03),
            new DemoWorker("P-1008", "Lisa", "Jansen", "VER", "VER-4", "nl", "1F469-1F3FD", WSW, 28, 0.50, 0.12, 0.80, 0.06),
            new DemoWorker("P-1009", "Grace", "Mensah", "VER", "VER-5", "en", "1F469-1F3FE", LKS, 32, 0.78, 0.08, 0.20, 0.02),
            new DemoWorker("P-1010", "Kees", "Visser", "GRO", "GRO-1", "nl", "1F468-200D-1F9B3", WSW, 36, 0.80, 0.00, 0.15, 0.00),
            new DemoWorker("P-1011", "Aylin", "Demir", "GRO", "GRO-2", "tr", "1F9D1-200D-1F9B1", BESCHUT, 32, 0.62, 0.14, 0.40, 0.00),
            new DemoWorker("P-1012", "Bram", "de Boer", "GRO", "GRO-3", "nl", "1F9D1-1F3FB", LKS, 24, 0.70, 0.10, 0.25, 0.00));

    private static final Texts SCAN_LAMP = new Texts("Scan de code op de lamp.", "Scan the code on the lamp.",
            "امسح الرمز على المصباح.", "Lambanın üstündeki kodu okut.", "Zeskanuj kod na lampie.", "Проскануй код на лампі.");

    static final List<DemoTask> TASKS = List.of(
            new DemoTask("LAMP", "MON", "1F4A1",
                    new Texts("Lampen monteren", "Assemble lamps", "تركيب المصابيح", "Lamba montajı", "Montaż lamp", "Складання ламп"),
                    new Texts("lamp", "lamp", "مصباح", "lamba", "lampa", "лампа"),
                    new Texts("lampen", "lamps", "مصابيح", "lamba", "lamp", "ламп"),
                    "Bureaulamp", "1F4A1", "200000000001", "EAN_13", 150, List.of(
                    new DemoStep("1F9F0", "270B", null, new Texts("Leg de voet en de kap klaar.", "Get the base and the shade ready.",
                            "جهّز القاعدة والغطاء.", "Ayağı ve başlığı hazırla.", "Przygotuj podstawę i klosz.", "Підготуй основу і плафон.")),
                    new DemoStep("1F50C", "27A1", null, new Texts("Steek de kabel door de voet.", "Push the cable through the base.",
                            "أدخل السلك عبر القاعدة.", "Kabloyu ayağın içinden geçir.", "Przełóż kabel przez podstawę.", "Протягни кабель через основу.")),
                    new DemoStep("1FA9B", "1FA9B", "1F97D", new Texts("Draai de 2 schroeven vast.", "Tighten the 2 screws.",
                            "اربط 2 براغي جيداً.", "2 vidayı sık.", "Dokręć 2 śruby.", "Закрути 2 гвинти.")),
                    new DemoStep("1F4A1", "1F504", null, new Texts("Draai de lamp in de fitting.", "Screw the bulb into the socket.",
                            "ركّب اللمبة في المقبس.", "Ampulü duya tak.", "Wkręć żarówkę w oprawkę.", "Вкрути лампочку в патрон.")),
                    new DemoStep("1F4A1", "1F44D", null, new Texts("Test de lamp: gaat hij aan?", "Test the lamp: does it light up?",
                            "اختبر المصباح: هل يضيء؟", "Lambayı dene: yanıyor mu?", "Sprawdź lampę: czy świeci?", "Перевір лампу: чи світить?")),
                    new DemoStep("E1D9", "E1D9", null, SCAN_LAMP))),
            new DemoTask("STEKKER", "MON", "1F50C",
                    new Texts("Stekkers monteren", "Fit plugs", "تركيب القوابس", "Fiş takma", "Montaż wtyczek", "Монтаж вилок"),
                    new Texts("kabel", "cable", "كابل", "kablo", "kabel", "кабель"),
                    new Texts("kabels", "cables", "كابلات", "kablo", "kabli", "кабелів"),
                    "Kabel met stekker", "1F50C", "200000000002", "EAN_13", 90, List.of(
                    new DemoStep("E1CB", "270B", null, new Texts("Pak een kabel en een stekker.", "Take a cable and a plug.",
                            "خذ كابلاً وقابساً.", "Bir kablo ve bir fiş al.", "Weź kabel i wtyczkę.", "Візьми кабель і вилку.")),
                    new DemoStep("2702", "2702", "1F97D", new Texts("Strip 1 cm van de draad.", "Strip 1 cm of the wire.",
                            "انزع 1 سم من غلاف السلك.", "Telin 1 cm'sini soy.", "Zdejmij 1 cm izolacji.", "Зніми 1 см ізоляції.")),
                    new DemoStep("1FA9B", "1FA9B", null, new Texts("Schroef de draden in de stekker.", "Screw the wires into the plug.",
                            "اربط الأسلاك داخل القابس.", "Telleri fişe vidala.", "Przykręć przewody we wtyczce.", "Прикрути дроти у вилці.")),
                    new DemoStep("1F50C", "1F44D", null, new Texts("Klik de stekker dicht.", "Click the plug shut.",
                            "أغلق القابس حتى تسمع طقة.", "Fişi klik diye kapat.", "Zatrzaśnij wtyczkę.", "Закрий вилку до клацання.")),
                    new DemoStep("E1D9", "E1D9", null, new Texts("Scan de code op de kabel.", "Scan the code on the cable.",
                            "امسح الرمز على الكابل.", "Kablonun üstündeki kodu okut.", "Zeskanuj kod na kablu.", "Проскануй код на кабелі.")))),
            new DemoTask("VOUWEN", "VER", "1F4E6",
                    new Texts("Dozen vouwen", "Fold boxes", "طيّ الصناديق", "Kutu katlama", "Składanie pudełek", "Складання коробок"),
                    new Texts("doos", "box", "صندوق", "kutu", "pudełko", "коробка"),
                    new Texts("dozen", "boxes", "صناديق", "kutu", "pudełek", "коробок"),
                    "Doos 40x30", "1F4E6", "200000000003", "EAN_13", 40, List.of(
                    new DemoStep("1F4E6", "270B", null, new Texts("Pak een platte doos.", "Take a flat box.",
                            "خذ صندوقاً مسطحاً.", "Düz bir kutu al.", "Weź płaskie pudełko.", "Візьми пласку коробку.")),
                    new DemoStep("1F4E6", "1F504", null, new Texts("Vouw de bodem dicht.", "Fold the bottom closed.",
                            "اطوِ القاع وأغلقه.", "Alt kısmı katlayıp kapat.", "Złóż i zamknij dno.", "Загни і закрий дно.")),
                    new DemoStep("1F4E6", "1F504", "1F9E4", new Texts("Vouw de vier flappen naar binnen.", "Fold the four flaps inwards.",
                            "اطوِ الأجنحة الأربعة إلى الداخل.", "Dört kapağı içeri katla.", "Złóż cztery klapki do środka.", "Загни чотири клапани всередину.")),
                    new DemoStep("1F4E5", "1F4E5", null, new Texts("Zet de doos op de stapel.", "Put the box on the stack.",
                            "ضع الصندوق على الكومة.", "Kutuyu yığının üstüne koy.", "Połóż pudełko na stosie.", "Поклади коробку на стос.")),
                    new DemoStep("E1D9", "E1D9", null, new Texts("Scan de code op de doos.", "Scan the code on the box.",
                            "امسح الرمز على الصندوق.", "Kutunun üstündeki kodu okut.", "Zeskanuj kod na pudełku.", "Проскануй код на коробці.")))),
            new DemoTask("ZAKJES", "VER", "1F529",
                    new Texts("Zakjes vullen", "Fill bags", "تعبئة الأكياس", "Poşet doldurma", "Napełnianie woreczków", "Наповнення пакетиків"),
                    new Texts("zakje", "bag", "كيس", "poşet", "woreczek", "пакетик"),
                    new Texts("zakjes", "bags", "أكياس", "poşet", "woreczków", "пакетиків"),
                    "Zakje schroeven 10 stuks", "1F529", "200000000004", "EAN_13", 25, List.of(
                    new DemoStep("1F529", "270B", null, new Texts("Pak 10 schroeven.", "Take 10 screws.",
                            "خذ 10 براغٍ.", "10 vida al.", "Weź 10 śrub.", "Візьми 10 гвинтів.")),
                    new DemoStep("1F529", "27A1", null, new Texts("Doe de schroeven in het zakje.", "Put the screws in the bag.",
                            "ضع البراغي في الكيس.", "Vidaları poşete koy.", "Włóż śruby do woreczka.", "Поклади гвинти в пакетик.")),
                    new DemoStep("1F3F7", "1F44D", null, new Texts("Sluit het zakje goed.", "Close the bag well.",
                            "أغلق الكيس جيداً.", "Poşeti iyice kapat.", "Dobrze zamknij woreczek.", "Добре закрий пакетик.")),
                    new DemoStep("E1D9", "E1D9", null, new Texts("Scan de code op het zakje.", "Scan the code on the bag.",
                            "امسح الرمز على الكيس.", "Poşetin üstündeki kodu okut.", "Zeskanuj kod na woreczku.", "Проскануй код на пакетику.")))),
            new DemoTask("BLAD", "GRO", "1F342",
                    new Texts("Bladeren ruimen", "Clear leaves", "جمع أوراق الشجر", "Yaprak toplama", "Grabienie liści", "Прибирання листя"),
                    new Texts("zak", "bag", "كيس", "çuval", "worek", "мішок"),
                    new Texts("zakken", "bags", "أكياس", "çuval", "worków", "мішків"),
                    "Zak bladafval", "1F342", "GRO-ZAK-BLAD", "CODE_128", 900, List.of(
                    new DemoStep("1F9BA", "1F455", "1F9BA", new Texts("Trek je veiligheidshesje aan.", "Put on your safety vest.",
                            "البس سترة الأمان.", "Güvenlik yeleğini giy.", "Załóż kamizelkę odblaskową.", "Одягни захисний жилет.")),
                    new DemoStep("E342", "270B", "E342", new Texts("Trek je werkhandschoenen aan.", "Put on your work gloves.",
                            "البس قفازات العمل.", "İş eldivenlerini giy.", "Załóż rękawice robocze.", "Одягни робочі рукавиці.")),
                    new DemoStep("1F342", "1F342", null, new Texts("Hark de bladeren op een hoop.", "Rake the leaves into a pile.",
                            "اجمع الأوراق في كومة.", "Yaprakları tırmıkla bir yığın yap.", "Zgrab liście na kupkę.", "Згреби листя в купу.")),
                    new DemoStep("E344", "E344", null, new Texts("Doe de bladeren in een zak.", "Put the leaves in a bag.",
                            "ضع الأوراق في كيس.", "Yaprakları çuvala koy.", "Włóż liście do worka.", "Поклади листя в мішок.")),
                    new DemoStep("E1D9", "E1D9", null, new Texts("Scan de code op de zak.", "Scan the code on the bag.",
                            "امسح الرمز على الكيس.", "Çuvalın üstündeki kodu okut.", "Zeskanuj kod na worku.", "Проскануй код на мішку.")))));
}
