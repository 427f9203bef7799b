using Dangjian.Core.Members;
using Shouldly;

namespace Dangjian.Core.Tests.Members;

public class PinyinTests
{
    [Fact]
    public void Full_pinyin_and_initials()
    {
        Pinyin.FullPinyin("张三", personName: true).ShouldBe("zhang san");
        Pinyin.Initials("张三", personName: true).ShouldBe("zs");
        Pinyin.Initials("吕丽", personName: true).ShouldBe("ll");
        Pinyin.FullPinyin("吕丽").ShouldBe("lv li");
    }

    [Theory]
    [InlineData("曾国藩", "zeng guo fan")]
    [InlineData("单田芳", "shan tian fang")]
    [InlineData("解缙", "xie jin")]
    [InlineData("仇英", "qiu ying")]
    [InlineData("区伟", "ou wei")]
    [InlineData("朴明", "piao ming")]
    [InlineData("查良镛", "zha liang yong")]
    [InlineData("覃静", "qin jing")]
    [InlineData("任正非", "ren zheng fei")]
    [InlineData("万里", "wan li")]
    public void Polyphonic_surnames_take_the_surname_reading(string name, string expected) =>
        Pinyin.NameSortKey(name).ShouldBe(expected);

    [Fact]
    public void Surname_reading_applies_only_to_the_first_character_of_a_name()
    {
        Pinyin.FullPinyin("曾经").ShouldBe("ceng jing");
        Pinyin.FullPinyin("王曾", personName: true).ShouldBe("wang ceng");
    }

    [Fact]
    public void Sorts_names_in_pinyin_order()
    {
        string[] names = ["张三", "曾强", "李四", "林峰", "安娜", "单伟", "陈明", "王五"];
        names.OrderBy(Pinyin.NameSortKey, StringComparer.Ordinal).ThenBy(n => n, StringComparer.Ordinal).ToArray()
            .ShouldBe(["安娜", "陈明", "李四", "林峰", "单伟", "王五", "曾强", "张三"]);
    }

    [Fact]
    public void Initials_search_finds_the_name()
    {
        string[] names = ["张三", "赵帅", "李四", "周四", "张力"];
        var query = Pinyin.SearchKey(" ZS ");
        names.Where(n => Pinyin.Initials(n, personName: true).StartsWith(query, StringComparison.Ordinal))
            .ShouldBe(["张三", "赵帅", "周四"]);
    }

    [Fact]
    public void Keeps_latin_letters_and_digits_as_words() =>
        Pinyin.FullPinyin("第3支部AB").ShouldBe("di 3 zhi bu ab");

    [Fact]
    public void Covers_every_character_of_the_demo_name_pools()
    {
        var pools = Dangjian.Core.Demo.ChineseNames.Surnames + Dangjian.Core.Demo.ChineseNames.MaleGiven + Dangjian.Core.Demo.ChineseNames.FemaleGiven + Dangjian.Core.Demo.ChineseNames.PlaceChars;
        var missing = pools.Where(c => Pinyin.FullPinyin(c.ToString()).Length == 0).Distinct();
        missing.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("张堃", "zhang kun", "zk")]
    [InlineData("王喆", "wang zhe", "wz")]
    [InlineData("李玥", "li yue", "ly")]
    [InlineData("赵昇", "zhao sheng", "zs")]
    [InlineData("钱赟", "qian yun", "qy")]
    [InlineData("孙犇", "sun ben", "sb")]
    [InlineData("周淼", "zhou miao", "zm")]
    [InlineData("吴鑫", "wu xin", "wx")]
    [InlineData("堃玥", "kun yue", "ky")]
    [InlineData("喆淼", "zhe miao", "zm")]
    [InlineData("曾堃", "zeng kun", "zk")]
    [InlineData("单玥", "shan yue", "sy")]
    [InlineData("秘喆", "bi zhe", "bz")]
    public void Rare_characters_outside_GB2312_have_readings(string name, string full, string initials)
    {
        Pinyin.NameSortKey(name).ShouldBe(full);
        Pinyin.Initials(name, personName: true).ShouldBe(initials);
    }

    [Fact]
    public void Covers_the_CJK_Unified_Ideographs()
    {
        var read = Enumerable.Range(0x4E00, 0x9FA5 - 0x4E00 + 1).Count(c => Pinyin.FullPinyin(((char)c).ToString()).Length > 0);
        read.ShouldBeGreaterThan(20_800);
    }
}
