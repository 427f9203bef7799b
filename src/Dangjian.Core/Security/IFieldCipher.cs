namespace Dangjian.Core.Security;

/// <summary>Encrypts single sensitive field values (resident ID, phone) for storage. An SM4 provider may replace the AES one.</summary>
public interface IFieldCipher
{
    string Encrypt(string plain);

    /// <exception cref="FieldCipherException">The value is malformed, was tampered with, or its key is unknown.</exception>
    string Decrypt(string cipherText);
}

/// <summary>Computes a keyed hash of a normalized value so equal values can be found without decrypting.</summary>
public interface IBlindIndex
{
    /// <summary>Lowercase hex; equal for values that are equal after <see cref="HmacBlindIndex.Normalize"/>.</summary>
    string Compute(string value);
}

public sealed class FieldCipherException(string message, Exception? inner = null) : Exception(message, inner);
