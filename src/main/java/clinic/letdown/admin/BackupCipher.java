package clinic.letdown.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts backups with AES-256-GCM, in segments so that neither side holds a whole backup in
 * memory, and decrypts them for a restore ({@code main}, run from the packaged app: README, Backups).
 * <p>
 * Format: a header (magic "LDBK", version 1, a random 16-byte salt, a random 7-byte nonce prefix),
 * then 1 MiB segments each sealed with its own tag. The key is PBKDF2-HMAC-SHA256 of
 * {@code CLINIC_BACKUP_KEY} with the salt. A segment's nonce is the prefix, its number and a flag
 * for the last one, and every segment authenticates the header: a changed, reordered, truncated or
 * extended file fails to decrypt (the "STREAM" construction of Hoang, Reyhanitabar, Rogaway and
 * Vizár, as in Tink's streaming AEAD). Only JDK classes, so it runs without the app.
 */
public final class BackupCipher {

    static final byte[] MAGIC = { 'L', 'D', 'B', 'K', 1 };
    static final int SEGMENT = 1 << 20;
    private static final int SALT = 16;
    private static final int PREFIX = 7;
    private static final int TAG_BITS = 128;
    private static final int TAG = TAG_BITS / 8;
    private static final int HEADER = MAGIC.length + SALT + PREFIX;
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    private static final int ITERATIONS = 600_000;
    public static final int MIN_KEY_LENGTH = 32;

    private BackupCipher() {
    }

    /** Encrypts {@code in} into {@code out} with {@code passphrase}. */
    public static void encrypt(InputStream in, OutputStream out, String passphrase) throws IOException {
        byte[] header = new byte[HEADER];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        byte[] random = new byte[SALT + PREFIX];
        new SecureRandom().nextBytes(random);
        System.arraycopy(random, 0, header, MAGIC.length, random.length);
        SecretKeySpec key = key(passphrase, Arrays.copyOfRange(header, MAGIC.length, MAGIC.length + SALT));
        out.write(header);
        byte[] current = in.readNBytes(SEGMENT);
        int index = 0;
        while (true) {
            byte[] next = current.length == SEGMENT ? in.readNBytes(SEGMENT) : new byte[0];
            boolean last = next.length == 0;
            out.write(seal(Cipher.ENCRYPT_MODE, key, header, index++, last, current));
            if (last) {
                return;
            }
            current = next;
        }
    }

    /** Decrypts {@code in} into {@code out}; throws if the key is wrong or the file was changed. */
    public static void decrypt(InputStream in, OutputStream out, String passphrase) throws IOException {
        byte[] header = in.readNBytes(HEADER);
        if (header.length < HEADER || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw new IOException("not a Letdown Clinic backup (or not of this version)");
        }
        SecretKeySpec key = key(passphrase, Arrays.copyOfRange(header, MAGIC.length, MAGIC.length + SALT));
        byte[] current = in.readNBytes(SEGMENT + TAG);
        int index = 0;
        while (true) {
            byte[] next = current.length == SEGMENT + TAG ? in.readNBytes(SEGMENT + TAG) : new byte[0];
            boolean last = next.length == 0;
            out.write(seal(Cipher.DECRYPT_MODE, key, header, index++, last, current));
            if (last) {
                return;
            }
            current = next;
        }
    }

    private static byte[] seal(int mode, SecretKeySpec key, byte[] header, int index, boolean last, byte[] data)
            throws IOException {
        ByteBuffer nonce = ByteBuffer.allocate(12);
        nonce.put(header, MAGIC.length + SALT, PREFIX).putInt(index).put((byte) (last ? 1 : 0));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce.array()));
            cipher.updateAAD(header);
            return cipher.doFinal(data);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IOException("the backup does not decrypt: wrong CLINIC_BACKUP_KEY, or the file was changed or cut", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static SecretKeySpec key(String passphrase, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase.toCharArray(), salt, ITERATIONS, 256);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(key, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }

    /**
     * {@code decrypt <encrypted backup> <output file>}, with the key in the environment variable
     * CLINIC_BACKUP_KEY: writes the restorable .sql.gz, or fails (exit 1) without leaving it behind.
     */
    public static void main(String[] args) throws IOException {
        String passphrase = System.getenv("CLINIC_BACKUP_KEY");
        if (args.length != 3 || !"decrypt".equals(args[0]) || passphrase == null || passphrase.isBlank()) {
            System.err.println("usage: CLINIC_BACKUP_KEY=... java -cp 'target/quarkus-app/app/*' "
                    + BackupCipher.class.getName() + " decrypt letdown-backup-....sql.gz.enc letdown-backup-....sql.gz");
            System.exit(2);
        }
        Path output = Path.of(args[2]);
        try (InputStream in = Files.newInputStream(Path.of(args[1]));
                OutputStream out = Files.newOutputStream(output)) {
            decrypt(in, out, passphrase);
        } catch (IOException e) {
            Files.deleteIfExists(output);
            System.err.println(e.getMessage());
            System.exit(1);
        }
        System.out.println("Decrypted " + args[1] + " into " + output + " (" + Files.size(output) + " bytes)");
    }
}
