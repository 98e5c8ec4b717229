using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace EduGov.Platform.Privacy;

/// <summary>
/// Finds the master key for personal data: <c>Privacy:Key</c> (Base64, 32 bytes) from configuration or environment.
/// Outside production, a missing key is generated once under the data folder; in production it stops the start.
/// </summary>
public static class PrivacyKey
{
    public const string Setting = "Privacy:Key";

    public static byte[] Resolve(IConfiguration configuration, bool allowGenerated, string dataFolder, Action<string> announce)
    {
        var configured = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Decode(configured, Setting);
        }

        if (!allowGenerated)
        {
            throw new InvalidOperationException(
                "未配置个人信息加密密钥 Privacy:Key（环境变量 Privacy__Key，32 字节的 Base64）。生产环境不会自动生成密钥，请配置后再启动。可用 `openssl rand -base64 32` 生成。");
        }

        var path = Path.Combine(dataFolder, "privacy.key");
        if (File.Exists(path))
        {
            return Decode(File.ReadAllText(path).Trim(), path);
        }

        Directory.CreateDirectory(dataFolder);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        announce($"未配置 Privacy:Key，已生成开发用密钥：{Path.GetFullPath(path)}（请妥善保管，丢失后已加密的身份证号等将无法解密）。");
        return key;
    }

    private static byte[] Decode(string base64, string origin)
    {
        try
        {
            var key = Convert.FromBase64String(base64);
            if (key.Length == 32)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidOperationException($"{origin} 中的个人信息加密密钥无效：应为 32 字节的 Base64 字符串。");
    }
}
