### 注册后的人脸识别、摄像头问题页面，以及现场核验身份。

face-check-title = 证明是您本人
face-intro-lead = 社会保障经办机构需要核验注册人是否为护照持有人本人。使用本设备的摄像头即可完成，用时不到1分钟。
face-intro-what-heading = 操作步骤
face-intro-step-allow = 浏览器会询问是否允许本页面使用摄像头，请选择“允许”。
face-intro-step-frame = 请将面部置于屏幕上的椭圆框内。
face-intro-step-turn = 请按提示操作：先正视前方，再将头缓慢转向一侧后转回。在此过程中，我们会拍摄几张照片。
face-intro-privacy = 这些照片仅用于本次识别。识别结束或您离开本页面时，摄像头将关闭。
face-start-camera = 打开摄像头
face-ready-heading = 准备开始
face-ready-frame = 请保持整个面部都在椭圆框内。
face-ready-turn = 识别开始后，请按提示缓慢转头。
face-ready-light = 请面向光源，不要背对窗户或灯光。
face-start-check = 开始识别
face-prompt-look-ahead = 请正视摄像头
face-prompt-turn-one-way = 请将头缓慢转向一侧
face-prompt-turn-back = 现在请缓慢转向另一侧
# Variables:
#   $current (Number) - 正在拍摄的照片序号
#   $total (Number) - 需拍摄的照片总数
face-capturing = 第{ $current }张，共{ $total }张
face-uploading = 正在上传照片
face-failed-heading = 人脸识别未通过
# Variables:
#   $remaining (Number) - 转为现场核验身份前剩余的人脸识别次数
face-attempts-remaining = 您还可以再试{ $remaining }次。如仍未通过，您需要现场核验身份。
face-try-again = 重试
face-not-sent = 照片未能完成核验。
face-send-again = 重新上传照片
face-no-pictures = 照片未发送，本次不计入尝试次数。
face-in-person-link = 改为现场核验身份

face-failure-undecodable = 无法读取照片。
face-advice-undecodable = 请重试。如果再次出现此问题，请更换浏览器或设备。
face-failure-resolution-too-low = 照片分辨率过低。
face-advice-resolution-too-low = 请关闭其他正在使用摄像头的应用，或改用摄像头性能更好的设备。
face-failure-too-dark = 光线太暗。
face-advice-too-dark = 请移到更明亮的地方，或打开您前方的灯。
face-failure-too-bright = 光线太亮。
face-advice-too-bright = 请避开阳光直射，或远离您身后或头顶的强光。
face-failure-blurry = 照片模糊。
face-advice-blurry = 请擦拭摄像头镜头，并保持设备稳定。
face-failure-no-motion = 未检测到动作。
face-advice-no-motion = 请在提示时缓慢转头。使用照片或静止画面无法通过识别。
face-failure-no-face = 画面中未检测到面部。
face-advice-no-face = 请正对摄像头，让整张脸位于椭圆框内。请摘下遮挡面部的墨镜、口罩或帽子。
face-failure-face-too-small = 画面中您的面部过小。
face-advice-face-too-small = 请靠近一些，让面部充满椭圆框。
face-failure-too-few-frames = 拍摄的照片数量不足。
face-advice-too-few-frames = 识别结束前，请保持本页面处于打开状态，并显示在其他窗口前面。

face-camera-title = 无法使用摄像头
face-camera-denied = 您的浏览器未允许本页面使用摄像头。
face-camera-absent = 未找到摄像头，或此浏览器无法使用摄像头。
face-camera-busy = 其他应用正在使用摄像头。请关闭该应用后重试。
face-camera-allow-heading = 如何允许使用摄像头
face-camera-allow-icon = 点击网址旁边的摄像头图标或锁形图标。
face-camera-allow-choose = 将摄像头权限设为“允许”。
face-camera-allow-reload = 返回本页面，然后选择“重试”。
face-camera-other-heading = 其他完成方式
face-camera-other-device = 在带摄像头的手机或电脑上登录，并在该设备上继续办理。您的注册信息已保存。
face-camera-other-in-person = 到政务服务大厅现场核验身份。

face-in-person-title = 现场核验身份
face-in-person-lead = 无法通过摄像头核验您的身份，因此需要由工作人员现场核验。
face-in-person-where = 请前往您工作所在城市的政务服务大厅办理社会保障业务。前往前请先查询其办公时间。
face-in-person-bring-heading = 需携带的材料
face-in-person-bring-passport = 您的护照。
face-in-person-bring-number = 您的外国人工作许可证号（见外国人工作许可通知）。
face-in-person-bring-phone = 注册时登记的手机（如您填写了手机号码）。
face-in-person-saved = 您的注册信息已保存。在工作人员核验您的身份之前，您的电子社保卡将保持封存状态。
face-in-person-card-link = 查看您的电子社保卡

