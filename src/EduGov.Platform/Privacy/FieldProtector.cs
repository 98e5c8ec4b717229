using System.Security.Cryptography;
using System.Text;

namespace EduGov.Platform.Privacy;

/// <summary>
/// AES-GCM encryption of personal fields at rest, and a keyed hash (HMAC-SHA256) for exact look-up without decryption.
/// Both keys are derived from one master key with HKDF, so operations keep one secret.
/// </summary>
public sealed class FieldProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const byte FormatVersion = 1;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _lookupKey;

    public FieldProtector(byte[] masterKey)
    {
        if (masterKey.Length != 32)
        {
            throw new ArgumentException("个人信息加密密钥必须为 32 字节（Base64 编码后 44 个字符）。", nameof(masterKey));
        }

        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: Encoding.UTF8.GetBytes("edugov/field-encryption/v1"));
        _lookupKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: Encoding.UTF8.GetBytes("edugov/field-lookup/v1"));
    }

    public string Encrypt(string plaintext)
    {
        var plainBytes = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[1 + NonceSize + TagSize + plainBytes.Length];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plainBytes, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize));
        return Convert.ToBase64String(output);
    }

    public string Decrypt(string ciphertext)
    {
        var input = Convert.FromBase64String(ciphertext);
        if (input.Length < 1 + NonceSize + TagSize || input[0] != FormatVersion)
        {
            throw new CryptographicException("密文格式不正确。");
        }

        var plain = new byte[input.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(input.AsSpan(1, NonceSize), input.AsSpan(1 + NonceSize + TagSize), input.AsSpan(1 + NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>Deterministic keyed hash of a normalised value: equal inputs give equal look-up keys.</summary>
    public string LookupKey(string normalizedValue) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_lookupKey, Encoding.UTF8.GetBytes(normalizedValue)));

    public ProtectedValue Protect(string normalizedValue, Func<string, string> mask) =>
        new(Encrypt(normalizedValue), LookupKey(normalizedValue), mask(normalizedValue));
}

/// <summary>What is stored for one personal field: ciphertext, look-up hash and the masked text shown by default.</summary>
public sealed record ProtectedValue(string Cipher, string Lookup, string Masked);
