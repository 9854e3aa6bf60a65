package nl.stapwijs.hardware.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.stapwijs.hardware.DeviceReader;

/** A serial port through jSerialComm: 8 data bits, no parity, one stop bit, which is what scanners ship with. */
final class ComPort implements DeviceReader.Source {

    private final String path;
    private final int baud;

    ComPort(String path, int baud) {
        this.path = path;
        this.baud = baud;
    }

    @Override
    public InputStream open() throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("No serial port " + path, e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        // Semi-blocking with no timeout: a read waits for the first byte and then returns what has arrived.
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 0, 0);
        if (!port.openPort()) {
            throw new IOException("Cannot open " + path + " (error " + port.getLastErrorCode()
                    + "; is the user in the dialout group?)");
        }
        return new FilterInputStream(port.getInputStream()) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    port.closePort();
                }
            }
        };
    }

    @Override
    public String name() {
        return path + " @ " + baud + " baud";
    }
}
