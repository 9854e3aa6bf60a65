package nl.stapwijs.hardware.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.context.ContextBuilder;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import java.time.Clock;
import nl.stapwijs.hardware.HardwareProperties;
import nl.stapwijs.hardware.WiredPanel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The Pi's GPIO, when this process drives real hardware with a wired panel. One Pi4J
 * context for the whole process, built explicitly with the GpioD providers (the kernel's
 * GPIO character device: no root, works on every Pi up to the Pi 5, unlike pigpio) and no
 * board auto-detection. Whether there is a panel is read from the settings when the app
 * starts, not by bean conditions (Spring AOT fixes the beans when the jar is built): the
 * Pi4J context is lazy and made only for a wired panel.
 */
@Configuration(proxyBeanMethods = false)
class Pi4jConfiguration {

    @Bean(destroyMethod = "shutdown")
    @Lazy
    Context pi4j(HardwareProperties properties) {
        ContextBuilder builder = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(GpioDDigitalInputProvider.newInstance(), GpioDDigitalOutputProvider.newInstance());
        String chip = properties.gpio().chip();
        if (chip != null && !chip.isBlank()) {
            builder.setGpioChipName(chip);
        }
        return builder.build();
    }

    /** With {@code stapwijs.hardware.enabled} (and the GPIO not switched off) the panel on the header. */
    @Bean(destroyMethod = "close")
    WiredPanel wiredPanel(ObjectProvider<Context> pi4j, HardwareProperties properties, Clock clock) {
        if (!properties.enabled() || !properties.gpio().enabled()) {
            return WiredPanel.none();
        }
        Pi4jPanel panel = Pi4jPanel.build(pi4j.getObject(), properties.gpio(), properties.usesOnBoardUart(), clock);
        return WiredPanel.of(panel, panel::close);
    }
}
