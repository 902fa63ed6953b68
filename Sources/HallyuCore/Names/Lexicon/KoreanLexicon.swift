// Names and words in English-language Korean entertainment writing that are not people:
// places, Korean words written in English, and broadcasters, streamers, awards, music shows and
// charts. Compiled for Hallyu from public facts (Statistics Korea's 2018 list of municipalities
// with their English names, the administrative changes since, and the names as Korean
// English-language media write them); tab-separated, as the doc comment of each list says.

/// The sources of `KnownWords.korean`.
enum KoreanLexicon {
    /// english, hangul, kind (province, metropolitan-city, city, county, district, neighbourhood,
    /// island, landmark), other spellings (comma-separated). Directional and name-like districts
    /// keep their "-gu" (Jung-gu, Suji-gu), so they cannot be taken for a person.
    static let places = """
        Andong	안동	city	Andong-si
        Ansan	안산	city	Ansan-si
        Anseong	안성	city	Anseong-si,Ansong
        Anyang	안양	city	Anyang-si
        Asan	아산	city	Asan-si
        Boryeong	보령	city	Boryeong-si,Poryong
        Bucheon	부천	city	Bucheon-si,Puchon
        Changwon	창원	city	Changwon-si
        Cheonan	천안	city	Cheonan-si,Chonan
        Cheongju	청주	city	Cheongju-si,Chongju
        Chongjin	청진	city	Cheongjin
        Chuncheon	춘천	city	Chuncheon-si,Chunchon
        Chungju	충주	city	Chungju-si
        Dangjin	당진	city	Dangjin-si,Tangjin
        Dongducheon	동두천	city	Dongducheon-si,Tongduchon
        Donghae	동해	city	Donghae-si,Tonghae
        Gangneung	강릉	city	Gangneung-si,Kangnung,Gangreung
        Geoje	거제	city	Geoje-si,Koje
        Gimcheon	김천	city	Gimcheon-si,Kimchon
        Gimhae	김해	city	Gimhae-si,Kimhae
        Gimje	김제	city	Gimje-si,Kimje
        Gimpo	김포	city	Gimpo-si,Kimpo
        Gongju	공주	city	Gongju-si,Kongju
        Goyang	고양	city	Goyang-si,Koyang
        Gumi	구미	city	Gumi-si
        Gunpo	군포	city	Gunpo-si,Kunpo
        Gunsan	군산	city	Gunsan-si,Kunsan
        Guri	구리	city	Guri-si,Kuri
        Gwacheon	과천	city	Gwacheon-si,Kwachon
        Gwangmyeong	광명	city	Gwangmyeong-si,Kwangmyong
        Gwangyang	광양	city	Gwangyang-si,Kwangyang
        Gyeongju	경주	city	Gyeongju-si,Kyongju,Kyeongju
        Gyeongsan	경산	city	Gyeongsan-si,Kyongsan
        Gyeryong	계룡	city	Gyeryong-si,Kyeryong
        Haeju	해주	city	
        Hamhung	함흥	city	Hamheung
        Hanam	하남	city	Hanam-si
        Hwaseong	화성	city	Hwaseong-si,Hwasong
        Hyesan	혜산	city	
        Icheon	이천	city	Icheon-si,Ichon
        Iksan	익산	city	Iksan-si,Iri
        Jecheon	제천	city	Jecheon-si,Chechon
        Jeju City	제주시	city	Jeju-si,Cheju City
        Jeongeup	정읍	city	Jeongeup-si,Chongup
        Jeonju	전주	city	Jeonju-si,Chonju
        Jinju	진주	city	Jinju-si,Chinju
        Kaesong	개성	city	Gaeseong
        Kanggye	강계	city	Ganggye
        Masan	마산	city	Masan-si
        Miryang	밀양	city	Miryang-si
        Mokpo	목포	city	Mokpo-si
        Mungyeong	문경	city	Mungyeong-si,Mungyong
        Naju	나주	city	Naju-si
        Nampo	남포	city	Nampho
        Namwon	남원	city	Namwon-si
        Namyangju	남양주	city	Namyangju-si
        Nonsan	논산	city	Nonsan-si
        Osan	오산	city	Osan-si
        Paju	파주	city	Paju-si
        Pocheon	포천	city	Pocheon-si,Pochon
        Pohang	포항	city	Pohang-si
        Pyeongtaek	평택	city	Pyeongtaek-si,Pyongtaek
        Rason	라선	city	Raseon,Rajin-Sonbong
        Sacheon	사천	city	Sacheon-si,Sachon
        Samcheok	삼척	city	Samcheok-si,Samchok
        Sangju	상주	city	Sangju-si
        Sariwon	사리원	city	
        Seogwipo	서귀포	city	Seogwipo-si,Sogwipo
        Seongnam	성남	city	Seongnam-si,Songnam,Sungnam
        Seosan	서산	city	Seosan-si,Sosan
        Siheung	시흥	city	Siheung-si,Sihung
        Sinuiju	신의주	city	Shinuiju
        Sokcho	속초	city	Sokcho-si
        Suncheon	순천	city	Suncheon-si,Sunchon
        Suwon	수원	city	Suwon-si
        Taebaek	태백	city	Taebaek-si
        Tongyeong	통영	city	Tongyeong-si,Tongyong,Chungmu
        Uijeongbu	의정부	city	Uijeongbu-si,Uijongbu
        Uiwang	의왕	city	Uiwang-si
        Wonju	원주	city	Wonju-si
        Wonsan	원산	city	
        Yangju	양주	city	Yangju-si
        Yangsan	양산	city	Yangsan-si
        Yeoju	여주	city	Yeoju-si,Yoju
        Yeongcheon	영천	city	Yeongcheon-si,Yongchon
        Yeongju	영주	city	Yeongju-si,Yongju
        Yeosu	여수	city	Yeosu-si,Yosu
        Yongin	용인	city	Yongin-si
        Boeun	보은	county	Boeun-gun,Poun
        Bonghwa	봉화	county	Bonghwa-gun
        Boseong	보성	county	Boseong-gun,Posong
        Buan	부안	county	Buan-gun,Puan
        Buyeo	부여	county	Buyeo-gun,Puyo
        Changnyeong	창녕	county	Changnyeong-gun,Changnyong
        Cheongdo	청도	county	Cheongdo-gun,Chongdo
        Cheongsong	청송	county	Cheongsong-gun,Chongsong
        Cheongyang	청양	county	Cheongyang-gun,Chongyang
        Cheorwon	철원	county	Cheorwon-gun,Chorwon
        Chilgok	칠곡	county	Chilgok-gun
        Dalseong	달성	county	Dalseong-gun,Talsong
        Damyang	담양	county	Damyang-gun,Tamyang
        Danyang	단양	county	Danyang-gun,Tanyang
        Eumseong	음성	county	Eumseong-gun,Umsong
        Ganghwa	강화	county	Ganghwa-gun,Kanghwa
        Gangjin	강진	county	Gangjin-gun,Kangjin
        Gapyeong	가평	county	Gapyeong-gun,Kapyong
        Geochang	거창	county	Geochang-gun
        Geumsan	금산	county	Geumsan-gun,Kumsan
        Gijang	기장	county	Gijang-gun,Kijang
        Gochang	고창	county	Gochang-gun
        Goesan	괴산	county	Goesan-gun,Koesan
        Goheung	고흥	county	Goheung-gun,Kohung
        Gokseong	곡성	county	Gokseong-gun,Koksong
        Goryeong	고령	county	Goryeong-gun,Koryong
        Goseong	고성	county	Goseong-gun,Kosong
        Gunwi	군위	county	Gunwi-gun,Kunwi
        Gurye	구례	county	Gurye-gun,Kurye
        Hadong	하동	county	Hadong-gun
        Haenam	해남	county	Haenam-gun
        Haman	함안	county	Haman-gun
        Hampyeong	함평	county	Hampyeong-gun,Hampyong
        Hamyang	함양	county	Hamyang-gun
        Hapcheon	합천	county	Hapcheon-gun,Hapchon
        Hoengseong	횡성	county	Hoengseong-gun,Hoengsong
        Hongcheon	홍천	county	Hongcheon-gun,Hongchon
        Hongseong	홍성	county	Hongseong-gun,Hongsong
        Hwacheon	화천	county	Hwacheon-gun,Hwachon
        Hwasun	화순	county	Hwasun-gun
        Imsil	임실	county	Imsil-gun
        Inje	인제	county	Inje-gun
        Jangheung	장흥	county	Jangheung-gun,Changhung
        Jangseong	장성	county	Jangseong-gun,Changsong
        Jangsu	장수	county	Jangsu-gun,Changsu
        Jeongseon	정선	county	Jeongseon-gun,Chongson
        Jeungpyeong	증평	county	Jeungpyeong-gun
        Jinan	진안	county	Jinan-gun,Chinan
        Jincheon	진천	county	Jincheon-gun,Chinchon
        Jindo	진도	county	Jindo-gun,Chindo,Jindo Island
        Muan	무안	county	Muan-gun
        Muju	무주	county	Muju-gun
        Namhae	남해	county	Namhae-gun
        Okcheon	옥천	county	Okcheon-gun,Okchon
        Ongjin	옹진	county	Ongjin-gun
        Pyeongchang	평창	county	Pyeongchang-gun,Pyongchang
        Sancheong	산청	county	Sancheong-gun,Sanchong
        Seocheon	서천	county	Seocheon-gun,Sochon
        Seongju	성주	county	Seongju-gun,Songju
        Sinan	신안	county	Sinan-gun,Shinan
        Sunchang	순창	county	Sunchang-gun
        Taean	태안	county	Taean-gun
        Uiryeong	의령	county	Uiryeong-gun,Uiryong
        Uiseong	의성	county	Uiseong-gun,Uisong
        Uljin	울진	county	Uljin-gun
        Ulju	울주	county	Ulju-gun
        Ulleung	울릉	county	Ulleung-gun
        Wando	완도	county	Wando-gun
        Wanju	완주	county	Wanju-gun
        Yanggu	양구	county	Yanggu-gun
        Yangpyeong	양평	county	Yangpyeong-gun,Yangpyong
        Yangyang	양양	county	Yangyang-gun
        Yecheon	예천	county	Yecheon-gun,Yechon
        Yeoncheon	연천	county	Yeoncheon-gun,Yonchon
        Yeongam	영암	county	Yeongam-gun,Yongam
        Yeongdeok	영덕	county	Yeongdeok-gun,Yongdok
        Yeongdong	영동	county	Yeongdong-gun
        Yeonggwang	영광	county	Yeonggwang-gun,Yonggwang
        Yeongwol	영월	county	Yeongwol-gun,Yongwol
        Yeongyang	영양	county	Yeongyang-gun,Yongyang
        Yesan	예산	county	Yesan-gun
        Buk-gu	북구	district	Buk District,Puk-gu
        Bundang	분당	district	Bundang-gu,Bundang District,Pundang
        Bupyeong	부평	district	Bupyeong-gu,Bupyeong District,Pupyong
        Busanjin	부산진	district	Busanjin-gu,Busanjin District,Pusanjin
        Byeongjeom	병점	district	Byeongjeom-gu,Byeongjeom District,Pyongjom
        Cheoin	처인	district	Cheoin-gu,Cheoin District
        Cheongwon	청원	district	Cheongwon-gu,Cheongwon District
        Daedeok	대덕	district	Daedeok-gu,Daedeok District,Taedok
        Dalseo	달서	district	Dalseo-gu,Dalseo District,Talso
        Danwon-gu	단원구	district	Danwon District
        Deogyang	덕양	district	Deogyang-gu,Deogyang District,Tokyang
        Deokjin	덕진	district	Deokjin-gu,Deokjin District
        Dobong	도봉	district	Dobong-gu,Dobong District,Tobong
        Dong-gu	동구	district	Dong District,Tong-gu
        Dongan-gu	동안구	district	Dongan District
        Dongdaemun	동대문	district	Dongdaemun-gu,Dongdaemun District,Tongdaemun
        Dongjak	동작	district	Dongjak-gu,Dongjak District,Tongjak
        Dongnae	동래	district	Dongnae-gu,Dongnae District,Tongnae
        Dongnam-gu	동남구	district	Dongnam District
        Dongtan	동탄	district	Dongtan-gu,Dongtan District,Dongtan New Town
        Eunpyeong	은평	district	Eunpyeong-gu,Eunpyeong District,Unpyong
        Gangbuk	강북	district	Gangbuk-gu,Gangbuk District,Kangbuk
        Gangdong	강동	district	Gangdong-gu,Gangdong District,Kangdong
        Gangnam	강남	district	Gangnam-gu,Gangnam District,Kangnam
        Gangseo	강서	district	Gangseo-gu,Gangseo District,Kangso
        Geomdan	검단	district	Geomdan-gu,Geomdan District,Gomdan
        Geumcheon	금천	district	Geumcheon-gu,Geumcheon District,Kumchon
        Geumjeong	금정	district	Geumjeong-gu,Geumjeong District,Kumjong
        Giheung	기흥	district	Giheung-gu,Giheung District,Kiheung
        Guro	구로	district	Guro-gu,Guro District,Kuro
        Gwanak	관악	district	Gwanak-gu,Gwanak District,Kwanak
        Gwangjin	광진	district	Gwangjin-gu,Gwangjin District,Kwangjin
        Gwangsan	광산	district	Gwangsan-gu,Gwangsan District,Kwangsan
        Gwonseon	권선	district	Gwonseon-gu,Gwonseon District
        Gyeyang	계양	district	Gyeyang-gu,Gyeyang District,Kyeyang
        Haeundae	해운대	district	Haeundae-gu,Haeundae District
        Heungdeok	흥덕	district	Heungdeok-gu,Heungdeok District
        Hyohaeng	효행	district	Hyohaeng-gu,Hyohaeng District
        Ilsandong-gu	일산동구	district	Ilsandong District,Ilsan-dong-gu
        Ilsanseo-gu	일산서구	district	Ilsanseo District,Ilsan-seo-gu
        Jangan-gu	장안구	district	Jangan District
        Jemulpo	제물포	district	Jemulpo-gu,Jemulpo District,Chemulpo
        Jinhae	진해	district	Jinhae-gu,Jinhae District,Chinhae
        Jongno	종로	district	Jongno-gu,Jongno District,Chongno
        Jung-gu	중구	district	Jung District,Chung-gu
        Jungnang	중랑	district	Jungnang-gu,Jungnang District,Jungrang
        Jungwon-gu	중원구	district	Jungwon District
        Manan-gu	만안구	district	Manan District
        Manse-gu	만세구	district	Manse District
        Mapo	마포	district	Mapo-gu,Mapo District
        Masanhappo	마산합포	district	Masanhappo-gu,Masanhappo District
        Masanhoewon	마산회원	district	Masanhoewon-gu,Masanhoewon District
        Michuhol	미추홀	district	Michuhol-gu,Michuhol District
        Nam-gu	남구	district	Nam District
        Namdong	남동	district	Namdong-gu,Namdong District
        Nowon	노원	district	Nowon-gu,Nowon District
        Ojeong	오정	district	Ojeong-gu,Ojeong District
        Paldal	팔달	district	Paldal-gu,Paldal District
        Saha-gu	사하구	district	Saha District
        Sangdang	상당	district	Sangdang-gu,Sangdang District
        Sangnok	상록	district	Sangnok-gu,Sangnok District
        Sasang	사상	district	Sasang-gu,Sasang District
        Seo-gu	서구	district	Seo District,So-gu
        Seobuk-gu	서북구	district	Seobuk District
        Seocho	서초	district	Seocho-gu,Seocho District,Socho
        Seodaemun	서대문	district	Seodaemun-gu,Seodaemun District,Sodaemun
        Seohae-gu	서해구	district	Seohae District
        Seongbuk	성북	district	Seongbuk-gu,Seongbuk District,Songbuk
        Seongdong	성동	district	Seongdong-gu,Seongdong District,Songdong
        Seongsan-gu	성산구	district	Seongsan District
        Seowon-gu	서원구	district	Seowon District
        Songpa	송파	district	Songpa-gu,Songpa District
        Sosa-gu	소사구	district	Sosa District
        Sujeong-gu	수정구	district	Sujeong District
        Suji-gu	수지구	district	Suji District
        Suseong	수성	district	Suseong-gu,Suseong District,Susong
        Suyeong-gu	수영구	district	Suyeong District
        Uichang	의창	district	Uichang-gu,Uichang District
        Wansan	완산	district	Wansan-gu,Wansan District
        Wonmi	원미	district	Wonmi-gu,Wonmi District
        Yangcheon	양천	district	Yangcheon-gu,Yangcheon District,Yangchon
        Yeongdeungpo	영등포	district	Yeongdeungpo-gu,Yeongdeungpo District,Yongdungpo
        Yeongdo	영도	district	Yeongdo-gu,Yeongdo District,Yongdo
        Yeongjong	영종	district	Yeongjong-gu,Yeongjong District
        Yeongtong	영통	district	Yeongtong-gu,Yeongtong District
        Yeonje	연제	district	Yeonje-gu,Yeonje District
        Yeonsu-gu	연수구	district	Yeonsu District
        Yongsan	용산	district	Yongsan-gu,Yongsan District
        Yuseong	유성	district	Yuseong-gu,Yuseong District,Yusong
        Anmyeondo	안면도	island	Anmyeon Island
        Baengnyeongdo	백령도	island	Baengnyeong Island,Paengnyongdo
        Bijindo	비진도	island	Bijin Island
        Bogildo	보길도	island	Bogil Island
        Cheongsando	청산도	island	Cheongsan Island
        Chujado	추자도	island	Chuja Island
        Dokdo	독도	island	Dok-do,Tokdo,Liancourt Rocks,Takeshima
        Gadeokdo	가덕도	island	Gadeok Island
        Ganghwado	강화도	island	Ganghwa Island,Kanghwado
        Gapado	가파도	island	Gapa Island
        Geojedo	거제도	island	Geoje Island,Kojedo
        Geomundo	거문도	island	Geomun Island,Port Hamilton
        Heuksando	흑산도	island	Heuksan Island
        Hongdo Island	홍도	island	
        Jebudo	제부도	island	Jebu Island
        Jeju Island	제주도	island	Jejudo,Cheju Island,Chejudo
        Jeungdo	증도	island	Jeung Island
        Marado	마라도	island	Mara Island
        Muuido	무의도	island	Muui Island
        Nami Island	남이섬	island	Namiseom,Nami-seom,Namisum
        Nodeulseom	노들섬	island	Nodeul Island
        Odongdo	오동도	island	Odong Island
        Oedo	외도	island	Oedo Island,Oedo Botania
        Seonyudo	선유도	island	Seonyu Island
        Silmido	실미도	island	Silmi Island
        Udo Island	우도	island	
        Ulleungdo	울릉도	island	Ulleung Island,Ulleung-do,Dagelet
        Yeongjongdo	영종도	island	Yeongjong Island,Yongjongdo
        Yeonpyeongdo	연평도	island	Yeonpyeong Island,Yonpyong Island
        Alpensia	알펜시아	landmark	Alpensia Resort
        Baekdusan	백두산	landmark	Mount Paektu,Paektusan,Baekdu Mountain,Mount Baekdu,Changbai Mountain
        Banpo Bridge	반포대교	landmark	Banpo Bridge Moonlight Rainbow Fountain
        BEXCO	벡스코	landmark	Busan Exhibition and Convention Center
        BIFF Square	BIFF광장	landmark	
        Blue Square	블루스퀘어	landmark	
        Bukchon Hanok Village	북촌한옥마을	landmark	
        Bukhansan	북한산	landmark	Mount Bukhan,Bukhan Mountain,Bukhansan National Park
        Bulguksa	불국사	landmark	Bulguksa Temple
        Busan Asiad Main Stadium	부산아시아드주경기장	landmark	Busan Asiad Stadium,Asiad Main Stadium
        Busan Cinema Center	영화의전당	landmark	Busan Cinema Centre
        Caribbean Bay	캐리비안베이	landmark	
        Changdeokgung	창덕궁	landmark	Changdeok Palace,Changdeokgung Palace
        Changgyeonggung	창경궁	landmark	Changgyeong Palace
        Charlotte Theater	샤롯데씨어터	landmark	Charlotte Theatre
        Cheomseongdae	첨성대	landmark	
        Cheong Wa Dae	청와대	landmark	Blue House,Cheongwadae
        Cheonggyecheon	청계천	landmark	Cheonggye Stream,Cheonggyecheon Stream
        Children's Grand Park	어린이대공원	landmark	Childrens Grand Park
        COEX	코엑스	landmark	COEX Mall,Starfield COEX Mall
        Deoksugung	덕수궁	landmark	Deoksu Palace,Deoksugung Palace
        Digital Media City	디지털미디어시티	landmark	DMC
        DMZ	비무장지대	landmark	Demilitarized Zone,Korean Demilitarized Zone
        Dongdaemun Design Plaza	동대문디자인플라자	landmark	DDP
        Dongdaemun Market	동대문시장	landmark	
        Everland	에버랜드	landmark	
        Gamcheon Culture Village	감천문화마을	landmark	Gamcheon Village
        Geumgangsan	금강산	landmark	Mount Kumgang,Kumgangsan,Diamond Mountains,Mount Geumgang
        Gimhae International Airport	김해국제공항	landmark	Gimhae Airport
        Gimpo International Airport	김포국제공항	landmark	Gimpo Airport,Kimpo Airport
        Gocheok Sky Dome	고척스카이돔	landmark	Gocheok Dome,Seoul Sky Dome,Gocheok Skydome
        Grand Peace Palace	평화의전당	landmark	Kyung Hee University Grand Peace Palace,Grand Peace Hall
        Gwangan Bridge	광안대교	landmark	Gwangandaegyo,Diamond Bridge
        Gwanghwamun	광화문	landmark	Gwanghwamun Gate,Kwanghwamun
        Gwanghwamun Square	광화문광장	landmark	
        Gwangjang Market	광장시장	landmark	
        Gyeongbokgung	경복궁	landmark	Gyeongbok Palace,Gyeongbokgung Palace,Kyongbokkung
        Gyeonghuigung	경희궁	landmark	Gyeonghui Palace
        Haeundae Beach	해운대해수욕장	landmark	
        Hahoe Village	하회마을	landmark	Andong Hahoe Village,Hahoe Folk Village
        Hallasan	한라산	landmark	Mount Halla,Halla Mountain,Hallasan Mountain
        Han River	한강	landmark	Hangang,Han-gang
        Hangang Park	한강공원	landmark	Han River Park,Yeouido Hangang Park
        Hwajeong Gymnasium	화정체육관	landmark	Hwajeong Tiger Dome
        Hwaseong Fortress	수원화성	landmark	Suwon Hwaseong,Suwon Hwaseong Fortress
        Ihwa Mural Village	이화벽화마을	landmark	
        Incheon Asiad Main Stadium	인천아시아드주경기장	landmark	Incheon Asiad Stadium
        Incheon International Airport	인천국제공항	landmark	Incheon Airport
        Incheon Munhak Stadium	인천문학경기장	landmark	Munhak Stadium
        Inspire Arena	인스파이어 아레나	landmark	Mohegan Inspire Arena
        Jagalchi Market	자갈치시장	landmark	
        Jamsil Baseball Stadium	잠실야구장	landmark	
        Jamsil Indoor Stadium	잠실실내체육관	landmark	Jamsil Arena,Jamsil Gymnasium
        Jamsil Olympic Stadium	서울올림픽주경기장	landmark	Seoul Olympic Stadium,Olympic Main Stadium,Jamsil Main Stadium,Jamsil Stadium
        Jamsil Sports Complex	잠실종합운동장	landmark	Seoul Sports Complex
        Jamsil Students' Gymnasium	잠실학생체육관	landmark	Jamsil Student Gymnasium,Jamsil Students Gymnasium
        Jangchung Arena	장충체육관	landmark	Jangchung Gymnasium
        Jeju International Airport	제주국제공항	landmark	Jeju Airport
        Jeonju Hanok Village	전주한옥마을	landmark	
        Jirisan	지리산	landmark	Mount Jiri,Jiri Mountain,Chirisan
        Joint Security Area	공동경비구역	landmark	JSA
        Jongmyo	종묘	landmark	Jongmyo Shrine
        KBS Arena	KBS아레나	landmark	KBS Arena Hall
        KINTEX	킨텍스	landmark	Korea International Exhibition Center
        Korean Folk Village	한국민속촌	landmark	Minsokchon
        KSPO Dome	올림픽체조경기장	landmark	Olympic Gymnastics Arena,Olympic Gymnastics Hall,Olympic Gymnasium No. 1
        Lotte Concert Hall	롯데콘서트홀	landmark	
        Lotte World	롯데월드	landmark	Lotte World Adventure
        Lotte World Tower	롯데월드타워	landmark	Lotte Tower,Seoul Sky
        Myeongdong Cathedral	명동성당	landmark	Myeong-dong Cathedral
        N Seoul Tower	N서울타워	landmark	Namsan Tower,Seoul Tower,YTN Seoul Tower,N Tower
        Namdaemun	남대문	landmark	Sungnyemun,Namdaemun Gate
        Namdaemun Market	남대문시장	landmark	
        Namhansanseong	남한산성	landmark	Namhansanseong Fortress,Namhan Sanseong
        Namsan	남산	landmark	Mount Namsan,Namsan Mountain,Nam Mountain,Namsan Park
        Namsangol Hanok Village	남산골한옥마을	landmark	
        National Museum of Korea	국립중앙박물관	landmark	
        National Theater of Korea	국립극장	landmark	National Theatre of Korea
        Noryangjin Fish Market	노량진수산시장	landmark	Noryangjin Market
        Olympic Hall	올림픽홀	landmark	
        Olympic Park	올림픽공원	landmark	Seoul Olympic Park,Olpark
        Panmunjom	판문점	landmark	Panmunjeom
        Petite France	쁘띠프랑스	landmark	
        Rolling Hall	롤링홀	landmark	
        Sejong Center	세종문화회관	landmark	Sejong Center for the Performing Arts
        Seokguram	석굴암	landmark	Seokguram Grotto
        Seongsan Ilchulbong	성산일출봉	landmark	Sunrise Peak,Seongsan Sunrise Peak
        Seonyudo Park	선유도공원	landmark	
        Seoraksan	설악산	landmark	Mount Seorak,Seorak Mountain,Soraksan
        Seoul Arts Center	예술의전당	landmark	Yesurui Jeondang
        Seoul Forest	서울숲	landmark	Seoul Forest Park
        Seoul Grand Park	서울대공원	landmark	
        Seoul Land	서울랜드	landmark	
        Seoul Plaza	서울광장	landmark	
        Seoul Station	서울역	landmark	
        Seoul World Cup Stadium	서울월드컵경기장	landmark	Sangam World Cup Stadium,Sangam Stadium
        Starfield Library	별마당도서관	landmark	Byeolmadang Library
        The Hyundai Seoul	더현대 서울	landmark	The Hyundai
        Ticketlink Live Arena	티켓링크 라이브 아레나	landmark	SK Olympic Handball Gymnasium,Olympic Handball Gymnasium,SK Handball Stadium,Handball Gymnasium,Olympic Fencing Gymnasium
        Woori Financial Art Hall	우리금융아트홀	landmark	Woori Art Hall,Olympic Weightlifting Gymnasium
        Yes24 Live Hall	예스24 라이브홀	landmark	AX-Korea,AX Hall
        Yongpyong Resort	용평리조트	landmark	Yongpyong,Yongpyeong Resort
        Busan	부산	metropolitan-city	Pusan,Busan Metropolitan City
        Daegu	대구	metropolitan-city	Taegu,Daegu Metropolitan City
        Daejeon	대전	metropolitan-city	Taejon,Taejeon,Daejeon Metropolitan City
        Gwangju	광주	metropolitan-city	Kwangju,Gwangju Metropolitan City,Gwangju-si
        Incheon	인천	metropolitan-city	Inchon,Incheon Metropolitan City
        Pyongyang	평양	metropolitan-city	Pyeongyang,P'yongyang
        Sejong	세종	metropolitan-city	Sejong City,Sejong-si,Sejong Special Self-Governing City
        Seoul	서울	metropolitan-city	Seoul Special City,Seoul-si,Hanyang,Hanseong,Gyeongseong,Keijo
        Ulsan	울산	metropolitan-city	Ulsan Metropolitan City
        Apgujeong	압구정	neighbourhood	Apgujeong-dong,Apgujung,Apkujong,Apgujeong Rodeo
        Banpo	반포	neighbourhood	Banpo-dong
        Buam-dong	부암동	neighbourhood	Buamdong
        Bukchon	북촌	neighbourhood	
        Centum City	센텀시티	neighbourhood	
        Cheongdam	청담	neighbourhood	Cheongdam-dong,Chungdam,Chungdam-dong,Chongdam
        Cheongna	청라	neighbourhood	Cheongna International City
        Cheongnyangni	청량리	neighbourhood	Cheongryangri,Chongnyangni
        Chungmuro	충무로	neighbourhood	Chungmu-ro
        Daechi	대치	neighbourhood	Daechi-dong
        Daehangno	대학로	neighbourhood	Daehak-ro,Daehakro
        Deungchon	등촌	neighbourhood	Deungchon-dong
        Dogok	도곡	neighbourhood	Dogok-dong
        Dongseong-ro	동성로	neighbourhood	Dongseongno
        Euljiro	을지로	neighbourhood	Eulji-ro,Hipjiro
        Garosu-gil	가로수길	neighbourhood	Garosugil,Garosu Road
        Gwangalli	광안리	neighbourhood	Gwangan-ri,Gwangalli Beach,Kwangalli
        Gwanggyo	광교	neighbourhood	Gwanggyo New Town
        Gyeongnidan-gil	경리단길	neighbourhood	Gyeongridan-gil,Gyeongnidan
        Haebangchon	해방촌	neighbourhood	
        Hannam	한남	neighbourhood	Hannam-dong
        Hapjeong	합정	neighbourhood	Hapjeong-dong,Hapjung
        Hongdae	홍대	neighbourhood	Hongik,Hongdae-ap,Hong-dae
        Hwangnidan-gil	황리단길	neighbourhood	Hwangridan-gil
        Hyehwa	혜화	neighbourhood	Hyehwa-dong
        Ikseon-dong	익선동	neighbourhood	Ikseondong
        Ilsan	일산	neighbourhood	Ilsan New Town
        Insadong	인사동	neighbourhood	Insa-dong
        Itaewon	이태원	neighbourhood	Itaewon-dong,Itaeweon
        Jamsil	잠실	neighbourhood	Jamsil-dong,Chamsil
        Mangwon	망원	neighbourhood	Mangwon-dong
        Mok-dong	목동	neighbourhood	Mokdong
        Mullae	문래	neighbourhood	Mullae-dong
        Myeongdong	명동	neighbourhood	Myeong-dong,Myungdong,Myung-dong
        Nampo-dong	남포동	neighbourhood	Nampodong
        Nonhyeon	논현	neighbourhood	Nonhyeon-dong,Nonhyun,Nonhyun-dong
        Noryangjin	노량진	neighbourhood	Noryangjin-dong
        Pangyo	판교	neighbourhood	Pangyo-dong,Pangyo Techno Valley
        Pyeongchang-dong	평창동	neighbourhood	Pyeongchangdong
        Sadang	사당	neighbourhood	Sadang-dong
        Samcheong-dong	삼청동	neighbourhood	Samcheongdong
        Samseong-dong	삼성동	neighbourhood	Samsung-dong,Samseongdong
        Sangam	상암	neighbourhood	Sangam-dong
        Sangsu	상수	neighbourhood	Sangsu-dong
        Seochon	서촌	neighbourhood	
        Seomyeon	서면	neighbourhood	Somyon
        Seongbuk-dong	성북동	neighbourhood	Seongbukdong
        Seongsu	성수	neighbourhood	Seongsu-dong,Sungsu,Sungsu-dong
        Seorae Village	서래마을	neighbourhood	Seorae Maeul,Seoraemaeul
        Sillim	신림	neighbourhood	Sillim-dong,Shillim
        Sinchon	신촌	neighbourhood	Shinchon,Sinchon-dong
        Sinsa	신사	neighbourhood	Sinsa-dong,Shinsa,Shinsa-dong
        Songdo	송도	neighbourhood	Songdo International City,Songdo-dong
        Ttukseom	뚝섬	neighbourhood	Ddukseom
        UN Village	유엔빌리지	neighbourhood	
        Wangsimni	왕십리	neighbourhood	Wangsipni
        Yangjae	양재	neighbourhood	Yangjae-dong
        Yeoksam	역삼	neighbourhood	Yeoksam-dong,Yoksam
        Yeonhui-dong	연희동	neighbourhood	Yeonhuidong,Yeonhee-dong
        Yeonnam	연남	neighbourhood	Yeonnam-dong
        Yeouido	여의도	neighbourhood	Yeouido-dong,Yoido,Yeoido,Yeouido Island
        Chagang	자강도	province	Jagang,Chagang-do,Jagang-do
        Chungcheong	충청도	province	Chungcheong-do,Chungchong,Chungchong-do,Hoseo
        Gangwon	강원특별자치도	province	Gangwon-do,Gangwon Province,Gangwon State,Kangwon,Kangwon-do
        Gyeonggi	경기도	province	Gyeonggi-do,Gyeonggi Province,Kyunggi,Kyonggi,Kyeonggi,Kyunggi-do,Kyonggi-do
        Gyeongsang	경상도	province	Gyeongsang-do,Kyongsang,Kyongsang-do,Yeongnam
        Hamgyong	함경도	province	Hamgyeong,Hamgyeong-do,Hamgyong-do
        Hwanghae	황해도	province	Hwanghae-do
        Jeju	제주특별자치도	province	Jeju-do,Jeju Province,Jeju Special Self-Governing Province,Cheju,Cheju-do
        Jeolla	전라도	province	Jeolla-do,Cholla,Cholla-do,Honam
        North Chungcheong	충청북도	province	Chungcheongbuk-do,Chungbuk,North Chungcheong Province,North Chungchong,Chungchongbuk-do
        North Gyeongsang	경상북도	province	Gyeongsangbuk-do,Gyeongbuk,North Gyeongsang Province,North Kyongsang,Kyongsangbuk-do
        North Hamgyong	함경북도	province	North Hamgyeong,Hamgyongbuk-do,Hamgyeongbuk-do
        North Hwanghae	황해북도	province	Hwanghaebuk-do
        North Jeolla	전북특별자치도	province	Jeollabuk-do,Jeonbuk,Jeonbuk State,North Jeolla Province,North Cholla,Chollabuk-do
        North Pyongan	평안북도	province	North Pyeongan,Pyonganbuk-do,Pyeonganbuk-do
        Pyongan	평안도	province	Pyeongan,Pyeongan-do,Pyongan-do
        Ryanggang	량강도	province	Yanggang,Ryanggang-do,Yanggang-do
        South Chungcheong	충청남도	province	Chungcheongnam-do,Chungnam,South Chungcheong Province,South Chungchong,Chungchongnam-do
        South Gyeongsang	경상남도	province	Gyeongsangnam-do,Gyeongnam,South Gyeongsang Province,South Kyongsang,Kyongsangnam-do
        South Hamgyong	함경남도	province	South Hamgyeong,Hamgyongnam-do,Hamgyeongnam-do
        South Hwanghae	황해남도	province	Hwanghaenam-do
        South Jeolla	전라남도	province	Jeollanam-do,Jeonnam,South Jeolla Province,South Cholla,Chollanam-do
        South Pyongan	평안남도	province	South Pyeongan,Pyongannam-do,Pyeongannam-do
        """

    /// word, hangul, other spellings, what it means.
    static let loanwords = """
        abeoji	아버지	aboji,abeonim,abonim	father (polite); father-in-law
        aegi	아기	agi,aegiya	baby
        aegyo	애교	aegyeo	cute charm act
        aegyo-sal	애교살	aegyosal	under-eye puffiness (considered cute)
        agassi	아가씨	agasshi	young lady; miss
        aigoo	아이고	aigo,aigu,aygo	oh dear
        aish	아이씨	aishi,aissi,ahish	dammit (mild curse)
        aja aja	아자 아자	aja	you can do it (cheer)
        ajumma	아줌마	ahjumma,ajumeoni,ajumoni,ahjumoni	middle-aged woman; auntie
        ajusshi	아저씨	ahjussi,ajussi,ajeossi,ahjusshi	middle-aged man; mister
        amhaeng-eosa	암행어사	eosa,amhaengeosa	secret royal inspector
        aniya	아니야	aniyo,anieyo	no
        anju	안주		drinking snacks
        annyeong	안녕	annyong,anyeong	hi; bye
        annyeonghaseyo	안녕하세요	annyeong haseyo,anyeonghaseyo,annyonghaseyo	hello
        appa	아빠	apa	dad
        arirang	아리랑		folk song
        baduk	바둑	paduk	game of Go
        baegil	백일	baekil	100th day celebration
        baegopa	배고파	baegopayo	I'm hungry
        Baekje	백제	Paekche,Baekjae	Baekje kingdom
        Balhae	발해	Parhae	Balhae kingdom
        banchan	반찬	panchan	side dishes
        banjiha	반지하	ban-jiha	semi-basement flat
        banmal	반말	panmal	informal speech
        bibimbap	비빔밥	bibimbab,bibimbop	mixed rice
        bingsu	빙수	bingsoo	shaved ice dessert
        binyeo	비녀		ornamental hairpin
        bogoshipeo	보고 싶어	bogoshipo,bogosipeo,bogo sipeo	I miss you
        bonsang	본상		main prize (awards)
        bossam	보쌈	bosam	boiled pork wraps
        buchaechum	부채춤	buchae chum	fan dance
        budae-jjigae	부대찌개	budae jjigae	army stew
        bujang-nim	부장님	bujangnim,bujang	department head
        bulgogi	불고기	pulgogi	marinated beef
        bungeoppang	붕어빵	boong-uh-bbang,bungeobbang	fish-shaped pastry
        chaebol	재벌	jaebeol,chaebeol	family business conglomerate; heir
        charye	차례		holiday ancestral rite
        chemyeon	체면	che-myeon,chaemyeon	face, dignity
        cheonmin	천민		lowborn class
        Chilseok	칠석	Chilsuk	lovers' festival (7th day of 7th month)
        chima	치마		skirt (hanbok)
        chimaek	치맥	chimek	chicken and beer
        chingu	친구	chin-gu	friend
        chukahae	축하해	chukhahae,chukahaeyo,chukha	congratulations
        Chuseok	추석	Chusok,Hangawi	harvest festival
        daebak	대박	taebak	awesome; jackpot
        daebi	대비	daebi mama	queen dowager
        Daeboreum	대보름	Jeongwol Daeboreum	first full moon festival
        daegam	대감	daegam-mari	Your Excellency (high official)
        Daehan Jeguk	대한제국	Korean Empire	Korean Empire (1897-1910)
        Daehan Minguk	대한민국	Daehanminguk,Daehan-minguk	Republic of Korea
        daepyo-nim	대표님	daepyonim,daepyo	CEO (e.g. agency head)
        daesang	대상	taesang	grand prize (awards)
        dakgalbi	닭갈비	dak-galbi	spicy stir-fried chicken
        dalgona	달고나	ppopgi	honeycomb toffee
        Dano	단오	Danoje	spring festival (5th day of 5th month)
        ddakji	딱지	ttakji	folded paper tile game
        doenjang	된장	toenjang	soybean paste
        dokkaebi	도깨비	tokkaebi	goblin
        doljanchi	돌잔치	dol	first birthday party
        dongan	동안	dong-an	baby face (looks young)
        dongchimi	동치미	tongchimi	radish water kimchi
        dongsaeng	동생	dongseng	younger sibling or friend
        dosirak	도시락	dosirac,dosilak	lunch box
        durumagi	두루마기		overcoat (hanbok)
        eomeoni	어머니	omoni,eomeonim,omonim	mother (polite); mother-in-law
        eomma	엄마	umma,omma	mum
        eomuk	어묵	odeng,eomuk-tang	fish cake
        eotteoke	어떡해	otoke,eotteokae,eottokhae,ottoke	what do I do
        eumwon	음원	eumwon chart	digital music track
        eungwonbong	응원봉	eungwon-bong	lightstick
        gajima	가지마	kajima	don't go
        galbi	갈비	kalbi	grilled ribs
        gapjil	갑질	gabjil	abuse of power by superiors
        gat	갓		traditional horsehair hat
        Gaya	가야		Gaya confederacy
        gayageum	가야금	kayagum,gayagum	zither
        gayo	가요		Korean popular song
        gimjang	김장	kimjang	kimchi-making season
        gisaeng	기생	kisaeng	courtesan entertainer
        gochujang	고추장	kochujang	red chilli paste
        gochutgaru	고춧가루	gochugaru	chilli flakes
        goding	고딩		high schooler (slang)
        Goguryeo	고구려	Koguryo	Goguryeo kingdom
        Gojoseon	고조선	Kojoson	Gojoseon (ancient Korea)
        gomawo	고마워	gomawoyo,komawo,gomapseumnida	thanks
        gomo	고모	gomonim	paternal aunt
        gonggi	공기	gongi	jacks game
        gongik	공익	gongik yowon	public service worker (alternative service)
        gonryongpo	곤룡포		king's dragon robe
        gopchang	곱창	gobchang	grilled intestines
        Goryeo	고려	Koryo	Goryeo dynasty (918-1392)
        goshiwon	고시원	gosiwon,goshitel	tiny rented room
        gugak	국악		traditional Korean music
        gukbap	국밥	gookbap	rice soup
        gumiho	구미호	kumiho	nine-tailed fox
        gundae	군대		military service
        gung	궁	goong	palace
        gungnyeo	궁녀	gungnyo	court lady
        gwaenchana	괜찮아	gwenchana,kwenchana,gwaenchanayo	it's okay; are you okay
        gwajang-nim	과장님	gwajangnim,gwajang	section chief
        Gwangbokjeol	광복절	Gwangbok-jeol	Liberation Day (15 August)
        gwisin	귀신	gwishin,kwisin	ghost
        gyopo	교포	kyopo	ethnic Korean living abroad
        haejangguk	해장국	haejang-guk	hangover soup
        haetae	해태	haechi	mythical lion-dog
        hagwon	학원	hakwon	private cram school
        hajima	하지마	hajimayo	don't
        Hallyu	한류	Hanryu,Korean Wave	Korean Wave
        halmeoni	할머니	halmoni,halmony	grandmother
        hanbok	한복		traditional Korean clothing
        Hangeul-nal	한글날	Hangul Day	Hangul Day (9 October)
        Hanguk	한국	Hangook,Hankuk	Korea
        hangul	한글	hangeul	Korean alphabet
        hanja	한자		Chinese characters used in Korean
        hanjeongsik	한정식	han-jeongsik	Korean table d'hote
        hanji	한지		traditional paper
        hanok	한옥		traditional Korean house
        hanu	한우	hanwoo	Korean beef
        hapkido	합기도		martial art
        harabeoji	할아버지	halabeoji,harabuji,halaboji	grandfather
        heol	헐	hul,heul	OMG (shock)
        hoejang-nim	회장님	hoejangnim,hoejang	chairman
        hoesik	회식	hwesik	company dinner
        hoobae	후배	hubae	junior (school, work, industry)
        hotteok	호떡	hoddeok	sweet pancake
        hwaiting	화이팅	paiting,fighting,hwaitting,hwaeting	go for it! (cheer)
        hwangap	환갑	hoegap	60th birthday
        hwarang	화랑		Silla youth corps
        hwatu	화투	hwatoo,go-stop	flower cards
        hyung	형	hyeong,hyungnim,hyeongnim	older brother (said by a man)
        imo	이모	imonim	maternal aunt; auntie (restaurant owner)
        imugi	이무기	imoogi	serpent that would be a dragon
        ipdae	입대	ibdae	enlistment
        jagiya	자기야	jagi,chagiya	honey, darling
        jal jayo	잘 자요	jaljayo,jal ja	good night
        jal meokgesseumnida	잘 먹겠습니다	jal meokgetseumnida	thanks for the food (before eating)
        janggu	장구	janggo,changgo	hourglass drum
        jangseung	장승		village guardian post
        japchae	잡채	chapchae	glass noodles
        jebal	제발	chebal	please (begging)
        jeogori	저고리		hanbok jacket
        jeongmal	정말	jungmal	really
        jeonha	전하	jeona	Your Majesty (king)
        jeonse	전세	chonsei	lump-sum deposit lease
        jeonyeok	전역	jeonyok	military discharge
        jeoseung saja	저승사자	jeoseungsaja,jeoseung-saja	grim reaper
        jesa	제사		ancestral rite
        jeyuk bokkeum	제육볶음	jeyuk	spicy stir-fried pork
        jikcam	직캠	jik-cam,jikkaem	fancam
        jinjja	진짜	jinja,chincha	really
        jjajangmyeon	짜장면	jajangmyeon,jjajangmyun,jajangmyun	black bean noodles
        jjal	짤	jjalbang	meme image
        jjamppong	짬뽕	jjambbong,champong	spicy seafood noodle soup
        jjang	짱	zzang	the best
        jjapaguri	짜파구리	ram-don	instant noodle mix (Parasite)
        jjigae	찌개	chigae	stew
        jjimjilbang	찜질방	jjimjil-bang,jimjilbang	Korean bathhouse spa
        jokbal	족발		braised pig's trotters
        jondaetmal	존댓말	jondaenmal	polite speech
        Joseon	조선	Chosun,Choson	Joseon dynasty (1392-1897)
        jungjeon	중전	jungjeon mama	queen consort
        juseyo	주세요	jusaeyo	please give me
        K-beauty	K뷰티	Kbeauty	Korean cosmetics
        K-drama	K드라마	Kdrama	Korean TV drama
        K-pop	케이팝	Kpop	Korean pop music
        kalguksu	칼국수	kalguksoo	knife-cut noodles
        kamsahamnida	감사합니다	gamsahamnida,kamsamnida,gamsahabnida	thank you
        kibun	기분	gibun	mood; face
        kimbap	김밥	gimbap	seaweed rice roll
        kimchi	김치	gimchi	fermented cabbage
        kimchi-jjigae	김치찌개	kimchi jjigae,kimchi chigae	kimchi stew
        kiyowo	귀여워	gwiyeowo,kyeopta,gwiyeopda	cute
        kkakdugi	깍두기	kkakttugi	radish kimchi
        kkondae	꼰대	ggondae	condescending elder
        kkotminam	꽃미남	kkonminam,kkot-minam	flower boy (pretty man)
        kkuljaem	꿀잼	kkul-jaem	super fun
        Konglish	콩글리시		Korean-coined English
        makchang	막창		grilled pork large intestine
        makgeolli	막걸리	makkoli,makkolli,makgeoli	rice wine
        makjang	막장	makjang drama	outrageous melodrama
        maknae	막내	magnae	youngest member
        mandu	만두	mandoo	dumplings
        manhwa	만화	manwha	Korean comic
        mashita	맛있다	masitda,mashisseoyo,masisseoyo	delicious
        mianhae	미안해	mianhe,mianhaeyo	sorry
        molla	몰라	mollayo	I don't know
        momjjang	몸짱	momzzang	great body
        mudang	무당		shaman
        mugunghwa	무궁화	mugunghwa kkot	rose of Sharon; red light green light game
        mukbang	먹방	meokbang,mokbang	eating broadcast
        naengmyeon	냉면	naengmyun	cold noodles
        naesi	내시		eunuch
        nakhasan	낙하산		parachute hire (nepotism)
        namchin	남친	namja chingu	boyfriend
        nim	님		honorific suffix
        nobi	노비		slave, servant (Joseon)
        noona	누나	nuna,noonim,nunim	older sister (said by a man)
        noraebang	노래방	norebang,noraebang room	karaoke room
        norigae	노리개		hanbok pendant ornament
        nugu	누구	nugu group	who; little-known group (fandom slang)
        nunchi	눈치	noonchi	social awareness; reading the room
        officetel	오피스텔		studio flat (office-hotel)
        oktapbang	옥탑방	oktap-bang	rooftop room
        omo	어머	eomeo,omona,eomeona	oh my
        ondol	온돌		underfloor heating
        oppa	오빠	opa,obba	older brother (said by a woman); boyfriend
        oraboni	오라버니	orabeoni,orabuni	older brother (archaic, sageuk)
        pajeon	파전	pajun	green onion pancake
        pansori	판소리		narrative folk singing
        patbingsu	팥빙수	patbingsoo	red bean shaved ice
        PC bang	PC방	PC-bang,PC room	internet gaming cafe
        Pepero Day	빼빼로데이	Pepero-day	11 November snack day
        pojangmacha	포장마차	pocha,pojang-macha	street tent bar
        ppalli-ppalli	빨리빨리	palli-palli,bbali-bbali	hurry-hurry culture
        ppoppo	뽀뽀	bbobbo	peck, kiss
        pyeha	폐하		Your Majesty (emperor)
        ramyeon	라면	ramyun,ramyon	instant noodles
        saengil chukha	생일 축하	saengil chukahae,saengil chukhahamnida	happy birthday
        sageuk	사극	saguk,sa-geuk	historical drama
        sajaegi	사재기		chart manipulation by bulk buying
        sajang-nim	사장님	sajangnim,sajang	company president; boss; shop owner
        samchon	삼촌	samchun	uncle
        samgyeopsal	삼겹살	samgyupsal,samgyeobsal	grilled pork belly
        samgyetang	삼계탕		ginseng chicken soup
        Samiljeol	삼일절	Samil-jeol	March 1st Movement Day
        samulnori	사물놀이	samul nori	percussion quartet
        saranghae	사랑해	saranghaeyo,saranghe	I love you
        sasaeng	사생	sasaeng fan,sasaengpaen	obsessive stalker fan
        satoori	사투리	saturi	regional dialect
        sebae	세배		New Year's bow
        seja	세자	wangseja,seja jeoha	crown prince
        selca	셀카	selka,self-camera	selfie
        Seollal	설날	Sollal,Seolnal	Lunar New Year
        seolleongtang	설렁탕	sollongtang	ox bone soup
        seonbi	선비	sonbi	Confucian scholar
        seonsaengnim	선생님	sonsaengnim,seonsaeng,ssaem	teacher; doctor; sir/madam
        sikhye	식혜	shikhye	sweet rice drink
        Silla	신라	Shilla	Silla kingdom
        sinin-sang	신인상	sininsang,shinin-sang	rookie award
        skinship	스킨십	skin-ship	physical affection
        soju	소주		distilled liquor
        somaek	소맥		soju mixed with beer
        songpyeon	송편	songpyon	Chuseok rice cake
        ssam	쌈		lettuce wrap
        ssamjang	쌈장		dipping paste
        sseom	썸	ssum	pre-dating flirtation ("some")
        ssi	씨	-ssi	honorific suffix (Mr/Ms)
        ssireum	씨름	ssirum	Korean wrestling
        sugohaesseoyo	수고했어요	sugohaeyo,sugo	good work; thanks for your effort
        sunbae	선배	seonbae,sunbaenim,seonbaenim	senior (school, work, industry)
        sundae	순대	soondae	blood sausage
        sundubu	순두부	soondubu,sundubu-jjigae	soft tofu stew
        suneung	수능	soo-neung	college entrance exam (CSAT)
        taekwondo	태권도	tae kwon do,taekwon-do	Korean martial art
        talchum	탈춤	tal chum	mask dance
        Tang Soo Do	당수도	tangsudo	martial art
        timjang-nim	팀장님	timjangnim,timjang,teamjang-nim	team leader
        trot	트로트	teuroteu,ppongjjak	trot music genre
        ttechang	떼창	ddechang	crowd singalong
        tteok	떡	ddeok,dduk	rice cake
        tteokbokki	떡볶이	ddeokbokki,topokki,dukbokki,tteok-bokki	spicy rice cakes
        tteokguk	떡국	ddeokguk	rice cake soup
        twigim	튀김	twigeem	fritters
        ulzzang	얼짱	eoljjang,uljjang	good-looking face (internet celebrity)
        unnie	언니	eonni,unni,onni	older sister (said by a woman)
        wangbi	왕비		queen
        webtoon	웹툰	webtoons	Korean web comic
        wolse	월세		monthly rent
        yangban	양반		aristocrat
        yangnyeom chicken	양념치킨	yangnyeom	sweet-spicy fried chicken
        yeneung	예능	yenung	variety entertainment
        yeobo	여보	yobo	honey (between spouses)
        yeoboseyo	여보세요	yoboseyo	hello (phone)
        yeochin	여친	yeoja chingu	girlfriend
        yeonseupsaeng	연습생	yeonseubsaeng	trainee
        yeoshin	여신	yeosin	goddess (beautiful woman)
        yeppeo	예뻐	yeppeuda,yeppuda	pretty
        yukhoe	육회	yukhwe	beef tartare
        yutnori	윷놀이	yunnori,yut	stick-throw board game
        """

    /// name, hangul, kind (broadcaster, streamer, award, music-show, chart), other names.
    static let media = """
        APAN Star Awards	에이판 스타 어워즈	award	APAN Awards,Asia Pacific Actors Network Star Awards
        Asia Artist Awards	아시아 아티스트 어워즈	award	AAA
        Baeksang Arts Awards	백상예술대상	award	Baeksang,Paeksang Arts Awards
        Blue Dragon Film Awards	청룡영화상	award	Blue Dragon Awards,Cheongnyong Film Awards
        Blue Dragon Series Awards	청룡시리즈어워즈	award	
        Bucheon International Fantastic Film Festival	부천국제판타스틱영화제	award	BIFAN
        Buil Film Awards	부일영화상	award	
        Busan International Film Festival	부산국제영화제	award	BIFF,PIFF
        Chunsa Film Art Awards	춘사국제영화제	award	Chunsa Film Awards,Chunsa International Film Festival
        Circle Chart Music Awards	써클차트 뮤직 어워즈	award	Gaon Chart Music Awards,Gaon Chart K-Pop Awards,Circle Chart Awards
        Director's Cut Awards	디렉터스컷 어워즈	award	Directors Cut Awards
        Genie Music Awards	지니뮤직어워드	award	MGA,MBC Plus X Genie Music Awards
        Golden Disc Awards	골든디스크어워즈	award	Golden Disk Awards,Golden Disc,GDA
        Grand Bell Awards	대종상	award	Daejong Film Awards,Daejongsang,Daejong Awards
        Hanteo Music Awards	한터뮤직어워즈	award	HMA
        Jeonju International Film Festival	전주국제영화제	award	JIFF,JEONJU IFF
        KBS Drama Awards	KBS 연기대상	award	KBS Acting Awards
        KBS Entertainment Awards	KBS 연예대상	award	
        Korea Drama Awards	코리아드라마어워즈	award	KDA
        Korea Grand Music Awards	코리아 그랜드 뮤직 어워즈	award	KGMA
        Korean Association of Film Critics Awards	영평상	award	Korea Film Critics Association Awards
        Korean Music Awards	한국대중음악상	award	KMA
        MAMA Awards	마마 어워즈	award	MAMA,Mnet Asian Music Awards,Mnet KM Music Festival,MKMF
        MBC Drama Awards	MBC 연기대상	award	MBC Acting Awards
        MBC Entertainment Awards	MBC 연예대상	award	MBC Entertainment Award
        Melon Music Awards	멜론뮤직어워드	award	MMA
        SBS Drama Awards	SBS 연기대상	award	SBS Acting Awards
        SBS Entertainment Awards	SBS 연예대상	award	
        Seoul International Drama Awards	서울드라마어워즈	award	Seoul Drama Awards
        Seoul Music Awards	서울가요대상	award	SMA,Seoul Gayo Daesang
        Soribada Best K-Music Awards	소리바다 베스트 케이뮤직 어워즈	award	SOBA
        The Fact Music Awards	더팩트 뮤직 어워즈	award	TMA,TFMA
        Wildflower Film Awards	들꽃영화상	award	
        1theK	원더케이	broadcaster	One The K
        Arirang	아리랑국제방송	broadcaster	Arirang TV,Arirang International Broadcasting
        Channel A	채널A	broadcaster	Channel-A
        Channel S	채널S	broadcaster	
        CJ ENM	씨제이이엔엠	broadcaster	CJ E&M
        Dingo	딩고	broadcaster	Dingo Music,Dingo Story
        Dramax	드라맥스	broadcaster	Drama Max
        E Channel	E채널	broadcaster	tcast E Channel
        EBS	한국교육방송공사	broadcaster	Educational Broadcasting System
        ENA	이엔에이	broadcaster	ENA Channel,ENA Drama
        iHQ	아이에이치큐	broadcaster	
        JTBC	제이티비씨	broadcaster	Joongang Tongyang Broadcasting Company
        JTBC2	JTBC2	broadcaster	
        KBS	한국방송공사	broadcaster	Korean Broadcasting System
        KBS Drama	KBS 드라마	broadcaster	
        KBS Joy	KBS 조이	broadcaster	
        KBS World	KBS 월드	broadcaster	KBS World TV
        KBS1	KBS 1TV	broadcaster	KBS 1TV,KBS 1
        KBS2	KBS 2TV	broadcaster	KBS 2TV,KBS 2
        M2	M2	broadcaster	
        MBC	문화방송	broadcaster	Munhwa Broadcasting Corporation
        MBC Drama Net	MBC 드라마넷	broadcaster	MBC Dramanet
        MBC every1	MBC 에브리원	broadcaster	MBC Every 1,MBC Everyone
        MBC M	MBC M	broadcaster	MBC Music
        MBC ON	MBC ON	broadcaster	
        MBN	매일방송	broadcaster	Maeil Broadcasting Network
        Mnet	엠넷	broadcaster	M.net,M-net
        OBS	OBS 경인TV	broadcaster	OBS Gyeongin TV
        OCN	오씨엔	broadcaster	Orion Cinema Network
        SBS	에스비에스	broadcaster	Seoul Broadcasting System
        SBS funE	SBS funE	broadcaster	SBS fun E,SBS E!
        SBS M	SBS M	broadcaster	SBS MTV
        SBS Plus	SBS 플러스	broadcaster	SBS+
        TV Chosun	TV조선	broadcaster	TVChosun
        tvN	티비엔	broadcaster	tvN Drama
        tvN STORY	tvN 스토리	broadcaster	
        Yonhap News TV	연합뉴스TV	broadcaster	
        YTN	와이티엔	broadcaster	
        Bugs	벅스	chart	Bugs Music,Bugs!
        Circle Chart	써클차트	chart	Gaon Chart,Gaon,Gaon Music Chart,Circle
        FLO	플로	chart	
        Genie	지니	chart	Genie Music,Genie Chart
        Hanteo	한터	chart	Hanteo Chart
        iChart	아이차트	chart	Instiz iChart
        Melon	멜론	chart	Melon Chart
        Oricon	오리콘	chart	Oricon Chart
        Soribada	소리바다	chart	
        Vibe	바이브	chart	Naver Vibe
        Immortal Songs	불후의 명곡	music-show	Immortal Songs: Singing the Legend
        Inkigayo	인기가요	music-show	SBS Inkigayo,Inki Gayo,The Music Trend
        KBS Song Festival	KBS 가요대축제	music-show	KBS Gayo Daechukje,Gayo Daechukje
        M Countdown	엠카운트다운	music-show	M! Countdown,Mcountdown
        MBC Gayo Daejejeon	MBC 가요대제전	music-show	Gayo Daejejeon,MBC Music Festival
        Music Bank	뮤직뱅크	music-show	KBS Music Bank
        SBS Gayo Daejeon	SBS 가요대전	music-show	Gayo Daejeon,SBS Gayo Daejun
        Show Champion	쇼챔피언	music-show	MBC M Show Champion
        Show! Music Core	쇼! 음악중심	music-show	Show Music Core,Music Core,Eumak Jungsim
        Simply K-Pop	심플리케이팝	music-show	Simply K-Pop CON-TOUR,Simply Kpop
        The Show	더쇼	music-show	SBS The Show
        Apple TV+	애플 TV+	streamer	Apple TV Plus
        Coupang Play	쿠팡플레이	streamer	
        Disney+	디즈니+	streamer	Disney Plus,Disney+ Korea
        Genie TV	지니 TV	streamer	GenieTV
        Hulu	훌루	streamer	
        iQIYI	아이치이	streamer	
        Kakao TV	카카오TV	streamer	KakaoTV
        KOCOWA	코코와	streamer	KOCOWA+
        Netflix	넷플릭스	streamer	
        OnDemandKorea	온디맨드코리아	streamer	ODK
        Prime Video	프라임 비디오	streamer	Amazon Prime Video,Amazon Prime
        Seezn	시즌	streamer	olleh tv mobile
        SOOP	숲	streamer	AfreecaTV,Afreeca TV
        TVING	티빙	streamer	
        U+Mobile TV	U+모바일tv	streamer	U+ Mobile TV,U+Mobiletv,LG U+ Mobile TV
        V Live	브이라이브	streamer	VLIVE
        Viki	비키	streamer	Rakuten Viki
        Viu	뷰	streamer	
        Watcha	왓챠	streamer	
        Wavve	웨이브	streamer	
        WeTV	위티비	streamer	
        Weverse	위버스	streamer	
        """
}
