package nl.stapwijs.hardware.pi4j;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.context.ContextBuilder;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import java.time.Clock;
import nl.stapwijs.hardware.HardwareProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Pi's GPIO, when this process drives real hardware with a wired panel. One Pi4J
 * context for the whole process, built explicitly with the GpioD providers (the kernel's
 * GPIO character device: no root, works on every Pi up to the Pi 5, unlike pigpio) and no
 * board auto-detection.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "stapwijs.hardware", name = "enabled", havingValue = "true")
class Pi4jConfiguration {

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnProperty(prefix = "stapwijs.hardware.gpio", name = "enabled", havingValue = "true", matchIfMissing = true)
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

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "stapwijs.hardware.gpio", name = "enabled", havingValue = "true", matchIfMissing = true)
    Pi4jPanel pi4jPanel(Context pi4j, HardwareProperties properties, Clock clock) {
        return Pi4jPanel.build(pi4j, properties.gpio(), properties.usesOnBoardUart(), clock);
    }
}
