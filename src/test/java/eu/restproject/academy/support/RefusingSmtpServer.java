package eu.restproject.academy.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SMTP server that refuses some recipients for good ({@code 550}) and takes every other message,
 * as a real server does for a mailbox that does not exist. GreenMail accepts every recipient, so the
 * refusal test needs this one. It speaks just enough SMTP for Jakarta Mail: greeting, EHLO/HELO, MAIL,
 * RCPT, DATA, RSET, NOOP, QUIT.
 */
public final class RefusingSmtpServer implements AutoCloseable {

    /** One accepted message: its recipients as the client gave them in RCPT. */
    public record Accepted(List<String> recipients, String data) {}

    private final ServerSocket socket;
    private final Set<String> refused;
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final Thread loop;

    public RefusingSmtpServer(int port, Set<String> refusedRecipients) throws IOException {
        this.socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.refused = Set.copyOf(
                refusedRecipients.stream().map(r -> r.toLowerCase(Locale.ROOT)).toList());
        this.loop = new Thread(this::serve, "refusing-smtp");
        loop.setDaemon(true);
        loop.start();
    }

    public List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or the client went away: wait for the next one
            }
        }
    }

    private void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 refusing.test ESMTP");
        List<String> recipients = new CopyOnWriteArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 refusing.test");
            } else if (command.startsWith("MAIL FROM")) {
                recipients.clear();
                reply(out, "250 OK");
            } else if (command.startsWith("RCPT TO")) {
                String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                if (refused.contains(address.toLowerCase(Locale.ROOT))) {
                    reply(out, "550 5.1.1 No such mailbox here");
                } else {
                    recipients.add(address);
                    reply(out, "250 OK");
                }
            } else if (command.equals("DATA")) {
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                StringBuilder data = new StringBuilder();
                for (String dataLine = in.readLine();
                        dataLine != null && !dataLine.equals(".");
                        dataLine = in.readLine()) {
                    data.append(dataLine).append("\r\n");
                }
                accepted.add(new Accepted(List.copyOf(recipients), data.toString()));
                reply(out, "250 OK queued");
            } else if (command.equals("QUIT")) {
                reply(out, "221 Bye");
                return;
            } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                reply(out, "250 OK");
            } else {
                reply(out, "502 Command not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
