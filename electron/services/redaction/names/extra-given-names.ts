// Common given names of cultures that the generated list (faker's locale tables, see
// scripts/gen-name-lists.mjs) misses or holds only in their own script: Irish and Welsh, Japanese,
// Chinese and Korean in romanisation, Vietnamese, West and Southern African, Indian, Arabic,
// Turkish, Persian and Hebrew names. Picked by hand from each culture's most common names;
// names that are also English words or tech terms (Can, Hung, Long, Shin, Taro, Avi) are left out,
// and lexicon.ts files any that the common-word list knows as ambiguous.
export const EXTRA_GIVEN_NAMES = [
  // Irish, Scottish, Welsh
  'siobhan siobhán niamh aoife saoirse caoimhe clodagh orla orlaith roisin róisín sinead sinéad grainne gráinne',
  'eimear aisling ailbhe mairead máiréad deirdre brid bríd oisin oisín cian ciaran ciarán padraig pádraig séamus',
  'eoin eamon eamonn éamonn donal dónal fergal cathal colm darragh diarmuid fionnuala tadhg ruairi ruairí',
  'cormac niall odhran tiernan eilidh ailsa morag catriona iain rhys dafydd gethin iolo cerys',
  'carys bethan ffion siân owain emrys',
  // Japanese
  'hiroshi takeshi takashi kenta kenichi kazuki kazuo haruto hinata sota souta yuto yuki yuka yuko yumiko',
  'yoko keiko akira akiko aiko ayumi ayaka haruka hanako hikari hiromi hitomi kaori kanako kumiko maiko',
  'mayumi megumi michiko midori miho misaki mitsuko miyuki momoko naoko noriko reiko sachiko satoko',
  'sayaka shiori takako tomoko yui daichi daisuke haruki hayato hideki hiroki hiroto ichiro isamu jiro katsuro',
  'kazuya koji kosuke makoto masahiro masaki masato minoru naoki noboru osamu riku ryo ryota ryusei satoshi shigeru',
  'shinji shota susumu tadashi taichi takahiro takumi tatsuya tetsuya tomohiro toshiro tsubasa yamato yasuo yoshiro',
  'yusuke yuji yutaka',
  // Chinese and Korean, romanised
  'xiaoming xiaohong xiaoli xiaoyan xiaowei weiwei jianguo jianhua jianping guoqiang zhiqiang haiyan lihua meiling',
  'meilin yuxuan zihan haoran yichen zhiwei wenjie junjie jiahao jiaxin xinyi yutong zixuan ruoxi qiang',
  'minjun seojun jiwoo jihoon jimin minji seoyeon soyeon subin hyunwoo donghyun sungmin seungmin jaehyun younghee',
  'jisoo eunji hyejin minseo',
  // Vietnamese
  'huong hương linh ngoc ngọc thao thảo thuy thúy trang tuan tuấn duc đức hieu hiếu hoang khanh khánh phuong phương',
  'quang thanh trung vinh nguyet',
  // West, East and Southern African
  'chukwuemeka chidi chioma adaeze adaora ngozi nkechi obinna ugochi kelechi',
  'ifeanyi folake adebayo adewale babatunde',
  'olusegun oladipo femi segun thandiwe thandeka thabo',
  'lindiwe bongani lwazi zodwa nomsa adjoa efua',
  'baraka neema zawadi juma wanjiru wambui njeri kamau otieno achieng akinyi wanjiku',
  // Indian
  'ananya aditi aishwarya akshay arvind deepak gaurav harish ishaan kavya manish',
  'meera nikhil pradeep rajesh shweta sneha sunil',
  'tanvi varun vikram vivek nandini preeti rekha revathi sangeetha saranya',
  'sowmya srinivas venkatesh aravind balaji murali raghav sriram',
  // Arabic, Turkish, Persian, Hebrew
  'abdulrahman khaled tariq',
  'reem hala huda amal',
  'ayşe hatice serkan gökhan',
  'gokhan büşra busra ozlem hossein arash babak dariush kourosh parisa shirin',
  'nasrin farnaz yossi avraham yitzhak eitan itai tamar shira ayelet',
  // Central European forms the generated list lacks
  'wojciech przemysław przemyslaw jürgen jurgen joerg götz',
].join(' ');
