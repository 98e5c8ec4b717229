using System.Security.Cryptography;
using EduGov.Platform.Privacy;
using Microsoft.Extensions.Configuration;
using Shouldly;
using Xunit;

namespace EduGov.UnitTests.Kernel;

public sealed class PrivacyTests
{
    private static readonly FieldProtector Protector = new([.. Enumerable.Range(0, 32).Select(i => (byte)i)]);

    [Fact]
    public void Encrypt_RoundTrips_AndNeverRepeatsACiphertext()
    {
        var first = Protector.Encrypt("310115201805120020");
        var second = Protector.Encrypt("310115201805120020");

        first.ShouldNotBe(second);
        first.ShouldNotContain("310115");
        Protector.Decrypt(first).ShouldBe("310115201805120020");
    }

    [Fact]
    public void Decrypt_OfATamperedCiphertext_Fails()
    {
        var bytes = Convert.FromBase64String(Protector.Encrypt("13812345678"));
        bytes[^1] ^= 0x01;

        Should.Throw<CryptographicException>(() => Protector.Decrypt(Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void LookupKey_IsDeterministicPerKey_AndDiffersBetweenKeys()
    {
        var other = new FieldProtector(new byte[32]);

        Protector.LookupKey("13812345678").ShouldBe(Protector.LookupKey("13812345678"));
        Protector.LookupKey("13812345678").ShouldNotBe(other.LookupKey("13812345678"));
        Protector.LookupKey("13812345678").Length.ShouldBe(64);
    }

    [Fact]
    public void Protect_StoresTheMaskedFormBesideTheCiphertext()
    {
        var value = Protector.Protect("310115201805120020", Masking.IdNumber);

        value.Masked.ShouldBe("310115********0020");
        Protector.Decrypt(value.Cipher).ShouldBe("310115201805120020");
    }

    [Theory]
    [InlineData("张三丰", "张**")]
    [InlineData("欧阳", "欧*")]
    public void NameMask_KeepsOnlyTheSurnameCharacter(string name, string masked) => Masking.Name(name).ShouldBe(masked);

    [Fact]
    public void AddressMask_HidesHouseAndRoomNumbers() =>
        Masking.Address("上海市浦东新区峨山路91弄5号302室").ShouldBe("上海市浦东新区峨****");

    [Fact]
    public void MissingKey_StopsAProductionStart_WithAChineseMessage()
    {
        var configuration = new ConfigurationBuilder().Build();

        var error = Should.Throw<InvalidOperationException>(() => PrivacyKey.Resolve(configuration, allowGenerated: false, Path.GetTempPath(), _ => { }));

        error.Message.ShouldContain("Privacy:Key");
        error.Message.ShouldContain("生产环境");
    }

    [Fact]
    public void MissingKey_OutsideProduction_IsGeneratedOnceAndAnnounced()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"edugov-key-{Guid.NewGuid():N}");
        var announcements = new List<string>();
        var configuration = new ConfigurationBuilder().Build();
        try
        {
            var first = PrivacyKey.Resolve(configuration, allowGenerated: true, folder, announcements.Add);
            var second = PrivacyKey.Resolve(configuration, allowGenerated: true, folder, announcements.Add);

            first.ShouldBe(second);
            first.Length.ShouldBe(32);
            announcements.ShouldHaveSingleItem().ShouldContain("privacy.key");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
